import { describe, expect, it } from 'vitest';
import {
  ABANDONED_SET_UP_MS,
  addEntry,
  addSetUpAgain,
  emptyVault,
  isOnStandby,
  makeCurrent,
  parseVault,
  removeEntry,
  setUpAgainOf,
  signInAccepted,
  type EntryDraft,
  type VaultData,
} from '../../src/core/vault';

// Setting 2FA up again: two keys of one login, neither thrown away on a guess.
const portal = 'https://portal.net2phone.ca';
const draft = (secret: string, account = '101@organization.com'): EntryDraft => ({
  issuer: 'Sonar',
  account,
  params: { type: 'totp', secret, algorithm: 'SHA1', digits: 6, period: 30 },
  origins: [portal],
  siteId: 'sonar',
});
const OLD = 'JBSWY3DPEHPK3PXP';
const NEW = 'GEZDGNBVGY3TQOJQ';

function enrolled(): { vault: VaultData; oldId: string } {
  const other = addEntry(emptyVault(), draft('MFRGGZDFMZTWQ2LK', '102@organization.com'), {
    id: 'other',
  });
  const { vault, entry } = addEntry(other.vault, draft(OLD), { id: 'old', now: 1 });
  return { vault, oldId: entry.id };
}

function setUpAgain(now = 10) {
  const { vault, oldId } = enrolled();
  const current = setUpAgainOf(vault, draft(NEW), portal);
  expect(current?.id).toBe(oldId);
  return addSetUpAgain(vault, draft(NEW), oldId, { id: 'new', now }).vault;
}

const ids = (vault: VaultData) => vault.entries.map(({ id }) => id);
const byId = (vault: VaultData, id: string) => vault.entries.find((entry) => entry.id === id);

describe('a set-up redone', () => {
  it('is a login bound here with another key; not the same key, another login or site', () => {
    const { vault } = enrolled();
    expect(setUpAgainOf(vault, draft(OLD), portal)).toBeUndefined();
    expect(setUpAgainOf(vault, draft(NEW, 'someone@else.com'), portal)).toBeUndefined();
    expect(setUpAgainOf(vault, draft(NEW), 'https://login.net2phone.ca')).toBeUndefined();
    expect(
      setUpAgainOf(vault, { ...draft(NEW), account: ' 101@ORGANIZATION.com' }, portal)?.id,
    ).toBe('old');
  });

  it('saves the new key above the old one, unconfirmed: the old one is still filled', () => {
    const vault = setUpAgain();
    expect(ids(vault)).toEqual(['other', 'new', 'old']);
    expect(byId(vault, 'new')?.standby).toEqual({ kind: 'unconfirmed', since: 10, twin: 'old' });
    const standby = (id: string) =>
      vault.entries.some((e) => e.id === id && isOnStandby(e, vault.entries));
    expect(standby('new')).toBe(true);
    expect(standby('old')).toBe(false);
  });

  it('the portal saving it (or the user) makes the new key current, the old one replaced', () => {
    const vault = makeCurrent(setUpAgain(), 'new', { now: 20 });
    expect(byId(vault, 'new')?.standby).toBeNull();
    expect(byId(vault, 'old')?.standby).toEqual({ kind: 'replaced', since: 20, twin: 'new' });
    // And back: nothing is lost when the portal never saved it.
    const back = makeCurrent(vault, 'old', { now: 30 });
    expect(byId(back, 'old')?.standby).toBeNull();
    expect(byId(back, 'new')?.standby).toEqual({ kind: 'replaced', since: 30, twin: 'old' });
  });

  it('a sign-in accepted with the new key removes the old one', () => {
    const confirmed = makeCurrent(setUpAgain(), 'new', { now: 20 });
    const { vault, removed } = signInAccepted(confirmed, 'new', { now: 40 });
    expect(ids(vault)).toEqual(['other', 'new']);
    expect(removed.map(({ id }) => id)).toEqual(['old']);
  });

  it('a sign-in accepted with the new key, before the portal was seen saving it, does too', () => {
    const { vault } = signInAccepted(setUpAgain(), 'new', { now: 40 });
    expect(ids(vault)).toEqual(['other', 'new']);
    expect(byId(vault, 'new')?.standby).toBeNull();
  });

  it('a sign-in accepted with the old key keeps a recent unconfirmed one, drops an abandoned one', () => {
    const pending = setUpAgain(1_000);
    const recent = signInAccepted(pending, 'old', { now: 2_000 });
    expect(recent.vault).toBe(pending);
    const later = signInAccepted(pending, 'old', { now: 1_001 + ABANDONED_SET_UP_MS });
    expect(ids(later.vault)).toEqual(['other', 'old']);
  });

  it('an ordinary sign-in changes nothing (nothing to write)', () => {
    const { vault } = enrolled();
    expect(signInAccepted(vault, 'old').vault).toBe(vault);
    expect(signInAccepted(vault, 'gone').vault).toBe(vault);
  });

  it('removing one key of the two ends the other one’s standby', () => {
    const vault = removeEntry(makeCurrent(setUpAgain(), 'new'), 'new');
    expect(byId(vault, 'old')?.standby).toBeNull();
  });
});

describe('schema 2', () => {
  it('reads a schema 1 vault, every account filled as before', () => {
    const v1 = {
      schemaVersion: 1,
      entries: [{ ...byId(enrolled().vault, 'old'), standby: undefined }],
    };
    const read = parseVault(new TextEncoder().encode(JSON.stringify(v1)));
    expect(read.schemaVersion).toBe(2);
    expect(read.entries[0]?.standby).toBeNull();
  });

  it('refuses a standby that names the account itself or is malformed', () => {
    const entry = byId(setUpAgain(), 'new');
    for (const standby of [
      { kind: 'replaced', since: 1, twin: 'new' },
      { kind: 'gone', since: 1, twin: 'old' },
      { kind: 'replaced', since: -1, twin: 'old' },
      'replaced',
    ]) {
      const bytes = new TextEncoder().encode(
        JSON.stringify({ schemaVersion: 2, entries: [{ ...entry, standby }] }),
      );
      expect(() => parseVault(bytes)).toThrow(/replacement state/);
    }
  });
});
