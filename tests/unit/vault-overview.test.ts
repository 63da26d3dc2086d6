import { describe, expect, it } from 'vitest';
import { codesAt } from '../../src/core/otp';
import { addEntry, addSetUpAgain, emptyVault, type EntryDraft } from '../../src/core/vault';
import {
  accountCodes,
  shownOrder,
  unlockedOverview,
  type OverviewContext,
} from '../../src/core/vault/overview';

// The one overview the worker answers `vault/overview` with and the popup builds itself as it
// opens (core/vault/overview.ts): what it shows, in which order, and which codes it carries.

const portal = 'https://portal.net2phone.ca';
const totp = {
  type: 'totp',
  secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
} as const;
const hotp = { ...totp, type: 'hotp', counter: 4 } as const;
const drafts: readonly EntryDraft[] = [
  { issuer: 'GitHub', account: 'ann', params: totp },
  { issuer: 'Sonar', account: '101@organization.com', params: totp, origins: [portal] },
  { issuer: 'AWS', account: 'root', params: hotp },
  { issuer: 'Sonar', account: '102@organization.com', params: totp, origins: [portal] },
];
const data = drafts.reduce(
  (vault, draft, index) => addEntry(vault, draft, { now: 1_000 + index, id: `id-${index}` }).vault,
  emptyVault(),
);
const nowhere: OverviewContext = { activeOrigin: null, recovered: false, lastBackupAt: null };
// RFC 6238's SHA-1 vector: at 59 s the 8-digit code is 94287082.
const now = 59_000;

describe('the vault overview', () => {
  it('lists the accounts in stored order, without their secrets, with every code', () => {
    const overview = unlockedOverview(data, nowhere, now);
    expect(overview.accounts.map(({ id }) => id)).toEqual(['id-0', 'id-1', 'id-2', 'id-3']);
    expect(overview.accounts[1]).toEqual({
      id: 'id-1',
      issuer: 'Sonar',
      account: '101@organization.com',
      type: 'totp',
      digits: 6,
      period: 30,
      origins: [portal],
      siteId: null,
      note: '',
      boundToActiveTab: false,
      standby: null,
    });
    expect(JSON.stringify(overview)).not.toContain(totp.secret);
    expect(overview.codes.map(({ id }) => id)).toEqual(['id-0', 'id-1', 'id-2', 'id-3']);
    expect(overview.codes[0]).toEqual({
      id: 'id-0',
      current: '287082',
      next: codesAt(totp, now).next,
      validUntil: 60_000,
    });
    expect(overview.codes[2]).toEqual({
      id: 'id-2',
      current: codesAt(hotp, now).current,
      next: null,
      validUntil: null,
    });
  });

  it("puts the accounts bound to the active tab's portal first, each group in stored order", () => {
    const overview = unlockedOverview(data, { ...nowhere, activeOrigin: portal }, now);
    expect(overview.accounts.map(({ id }) => id)).toEqual(['id-1', 'id-3', 'id-0', 'id-2']);
    expect(overview.accounts.map(({ boundToActiveTab }) => boundToActiveTab)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(overview.codes.map(({ id }) => id)).toEqual(['id-1', 'id-3', 'id-0', 'id-2']);
    expect(shownOrder(data, portal).map(({ id }) => id)).toEqual(['id-1', 'id-3', 'id-0', 'id-2']);
    expect(shownOrder(data, 'https://elsewhere.example')).toEqual(data.entries);
  });

  it('lists the first accounts shown only, with their codes, when asked for a count', () => {
    const full = unlockedOverview(data, { ...nowhere, activeOrigin: portal }, now);
    const first = unlockedOverview(data, { ...nowhere, activeOrigin: portal }, now, 2);
    expect(first.accounts).toEqual(full.accounts.slice(0, 2));
    expect(first.codes).toEqual(full.codes.slice(0, 2));
    // How many there are in all, so the popup knows the others are still to come.
    expect(first.accountCount).toBe(4);
    expect(full.accountCount).toBe(4);
    expect(full.accounts).toHaveLength(4);
    expect(unlockedOverview(data, nowhere, now, 10)).toEqual(unlockedOverview(data, nowhere, now));
  });

  it('marks an account on standby, and says whether a backup is due and the vault recovered', () => {
    const again = addSetUpAgain(
      data,
      {
        issuer: 'Sonar',
        account: '101@organization.com',
        params: { ...totp, secret: 'JBSWY3DPEHPK3PXP' },
        origins: [portal],
      },
      'id-1',
      { now: 5_000, id: 'id-new' },
    ).vault;
    const overview = unlockedOverview(again, { ...nowhere, recovered: true }, now);
    expect(overview.accounts.find(({ id }) => id === 'id-new')?.standby).toEqual({
      kind: 'unconfirmed',
      since: 5_000,
    });
    expect(overview.accounts.find(({ id }) => id === 'id-1')?.standby).toBeNull();
    expect(overview.recovered).toBe(true);
    expect(overview.backupNeeded).toBe(true);
    expect(unlockedOverview(again, { ...nowhere, lastBackupAt: 4_999 }, now).backupNeeded).toBe(
      true,
    );
    expect(unlockedOverview(again, { ...nowhere, lastBackupAt: 5_000 }, now).backupNeeded).toBe(
      false,
    );
  });

  it("gives a single account's codes the same way (a new HOTP code, a captured account)", () => {
    const [entry] = data.entries;
    if (!entry) throw new Error('no entry');
    expect(accountCodes(entry, now)).toEqual(unlockedOverview(data, nowhere, now).codes[0]);
  });
});
