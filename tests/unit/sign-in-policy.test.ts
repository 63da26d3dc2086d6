import { describe, expect, it } from 'vitest';
import {
  allowableEntry,
  fillVerdict,
  nextAfterRefusal,
  offeredEntry,
  pickByLoginName,
  type FillSettings,
} from '../../src/core/fill-policy';
import { isSecondHostOf } from '../../src/core/second-host';
import type { Standby, VaultEntry } from '../../src/core/vault';
import { sonar } from '../../src/sites/sonar';
import { demoPortal } from '../../src/sites/demo-portal';

// The sign-in rules of the fill policy around a portal's life: a set-up redone leaves a key
// on standby, a second host is only ever allowed by the user, the login name picks.
const portal = 'https://portal.net2phone.ca';
const login = 'https://login.net2phone.ca';
const settings: FillSettings = {
  fillOnSignIn: true,
  copyAfterFill: false,
  submitAfterFillOrigins: [],
};
const top = (origin: string) => ({ origin, isTopFrame: true });

function entry(
  id: string,
  origins: string[],
  account = `${id}@organization.com`,
  standby: Standby | null = null,
): VaultEntry {
  return {
    id,
    issuer: 'Sonar',
    account,
    params: {
      type: 'totp',
      secret: `JBSWY3DPEHPK3PX${id.toUpperCase().slice(0, 1)}`,
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    },
    origins,
    siteId: 'sonar',
    note: '',
    standby,
    createdAt: 0,
    updatedAt: 0,
  };
}

describe('a set-up redone', () => {
  const old = entry('old', [portal], '101@organization.com', {
    kind: 'replaced',
    since: 5,
    twin: 'new',
  });
  const fresh = entry('new', [portal], '101@organization.com');

  it('offers only the key filled, keeps the one on standby fillable for a retry', () => {
    const verdict = fillVerdict([old, fresh], top(portal), settings);
    expect(verdict).toMatchObject({ kind: 'offer', automatic: true });
    if (verdict.kind !== 'offer') return;
    expect(verdict.entries.map(({ id }) => id)).toEqual(['new']);
    expect(verdict.standby.map(({ id }) => id)).toEqual(['old']);
    expect(offeredEntry(verdict, 'old')?.id).toBe('old');
  });

  it('after a refused code: the next period first, then the key on standby', () => {
    const verdict = fillVerdict([old, fresh], top(portal), settings);
    const next = (id: string, refusals: number) => nextAfterRefusal(verdict, id, refusals);
    expect(next('new', 1)).toMatchObject({ entry: { id: 'new' }, samePeriod: false });
    expect(next('new', 2)).toMatchObject({ entry: { id: 'old' }, samePeriod: true });
    // The standby key refused too: back to the live one, at its next period.
    expect(next('old', 3)).toMatchObject({ entry: { id: 'new' }, samePeriod: false });
    const alone = fillVerdict([fresh], top(portal), settings);
    expect(nextAfterRefusal(alone, 'new', 2)).toMatchObject({
      entry: { id: 'new' },
      samePeriod: false,
    });
  });

  it('a key whose twin is gone is filled again', () => {
    const verdict = fillVerdict([old], top(portal), settings);
    expect(verdict.kind === 'offer' && verdict.entries.map(({ id }) => id)).toEqual(['old']);
  });
});

describe('a second host of the same portal', () => {
  const alex = entry('alex', [portal], '101@organization.com');

  it('names the account to allow there, and gives it no code', () => {
    const verdict = fillVerdict([alex], top(login), settings, { portalMatches: sonar.matches });
    expect(verdict).toMatchObject({ kind: 'ask', origin: login });
    expect(allowableEntry(verdict, 'alex')?.id).toBe('alex');
    expect(offeredEntry(verdict, 'alex')).toBeNull();
  });

  it('is nothing on a page outside the profile, on another port or scheme', () => {
    for (const origin of ['https://login.net2phone.com', 'https://login.net2phone.ca:8443']) {
      const verdict = fillVerdict([alex], top(origin), settings, { portalMatches: sonar.matches });
      expect(verdict.kind).toBe('refused');
    }
    expect(fillVerdict([alex], top(login), settings).kind).toBe('refused');
  });

  it('keeps one account bound here from filling itself while another could be meant', () => {
    const sam = entry('sam', [login], '102@organization.com');
    const verdict = fillVerdict([alex, sam], top(login), settings, {
      portalMatches: sonar.matches,
    });
    expect(verdict).toMatchObject({ kind: 'offer', automatic: false });
    const named = fillVerdict([alex, sam], top(login), settings, {
      portalMatches: sonar.matches,
      loginName: '102@organization.com',
    });
    expect(named).toMatchObject({ kind: 'offer', automatic: true, picked: { id: 'sam' } });
  });

  it.each([
    ['https://login.net2phone.ca', 'https://portal.net2phone.ca', sonar.matches, true],
    ['https://sonar.versature.com', 'https://portal.net2phone.ca', sonar.matches, true],
    ['http://localhost:8460', 'http://127.0.0.1:8460', demoPortal.matches, true],
    ['http://localhost:8461', 'http://127.0.0.1:8460', demoPortal.matches, false],
    ['https://portal.net2phone.ca', 'https://portal.net2phone.ca', sonar.matches, false],
    ['http://login.net2phone.ca', 'https://portal.net2phone.ca', ['*://*.net2phone.ca/*'], false],
    ['https://net2phone.ca.evil.com', 'https://portal.net2phone.ca', ['https://*/*'], false],
    ['https://login.net2phone.ca', 'https://portal.net2phone.ca', [], false],
  ])('%s as a second host of %s: %s', (origin, bound, matches, expected) => {
    expect(isSecondHostOf(origin, bound, matches)).toBe(expected);
  });
});

describe('pickByLoginName', () => {
  const alex = entry('alex', [portal], 'Alex@Organization.com');
  const sam = entry('sam', [portal], '102@organization.com');

  it('picks the one account named as typed, case and spaces aside', () => {
    expect(pickByLoginName([alex, sam], '  alex@organization.COM ')?.id).toBe('alex');
  });

  it('picks none for no match, several, or nothing typed', () => {
    expect(pickByLoginName([alex, sam], 'bob@organization.com')).toBeNull();
    expect(pickByLoginName([alex, { ...alex, id: 'alex2' }], 'alex@organization.com')).toBeNull();
    expect(pickByLoginName([alex], null)).toBeNull();
    expect(pickByLoginName([alex], '   ')).toBeNull();
  });

  it('fills the picked account by itself; the chooser stays for no match', () => {
    const picked = fillVerdict([alex, sam], top(portal), settings, {
      loginName: '102@organization.com',
    });
    expect(picked).toMatchObject({ kind: 'offer', automatic: true, picked: { id: 'sam' } });
    const none = fillVerdict([alex, sam], top(portal), settings, { loginName: 'bob@x.com' });
    expect(none).toMatchObject({ kind: 'offer', automatic: false, picked: null });
  });
});
