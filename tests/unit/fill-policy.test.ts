import fc from 'fast-check';
import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import {
  codeToFill,
  fillVerdict,
  offeredEntry,
  ROLLOVER_MARGIN_MS,
  wasOffered,
  type AskingFrame,
  type FillSettings,
} from '../../src/core/fill-policy';
import type { OtpParameters } from '../../src/core/otp-types';
import type { VaultEntry } from '../../src/core/vault';

// DESIGN 4.3: the one rule of which account may get which code in which frame.
const portal = 'https://portal.net2phone.ca';
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const totp: OtpParameters = {
  type: 'totp',
  secret: SECRET,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
};
const hotp: OtpParameters = { ...totp, type: 'hotp', counter: 3 };

function entry(id: string, origins: string[], params: OtpParameters = totp): VaultEntry {
  return {
    id,
    issuer: 'Sonar',
    account: `${id}@organization.com`,
    params,
    origins,
    siteId: 'sonar',
    note: '',
    standby: null,
    createdAt: 0,
    updatedAt: 0,
  };
}

const settings: FillSettings = {
  fillOnSignIn: true,
  copyAfterFill: false,
  submitAfterFillOrigins: [],
};
const top = (origin: string | null): AskingFrame => ({ origin, isTopFrame: true });

const exact = entry('exact', [portal]);
const second = entry('second-origin', ['https://other.example', portal]);
const sibling = entry('sibling', ['https://evil.net2phone.ca']);
const counter = entry('hotp', [portal], hotp);
const byHand = entry('by-hand', []);

describe('fillVerdict', () => {
  it('offers the accounts that list the exact origin, in vault order, never HOTP ones', () => {
    const verdict = fillVerdict([sibling, exact, counter, byHand, second], top(portal), settings);
    expect(verdict).toMatchObject({ kind: 'offer', origin: portal, automatic: false });
    expect(verdict.kind === 'offer' && verdict.entries.map(({ id }) => id)).toEqual([
      'exact',
      'second-origin',
    ]);
  });

  it('allows an automatic fill only with the setting on and exactly one account', () => {
    expect(fillVerdict([exact], top(portal), settings)).toMatchObject({ automatic: true });
    expect(fillVerdict([exact], top(portal), { ...settings, fillOnSignIn: false })).toMatchObject({
      automatic: false,
    });
    expect(fillVerdict([exact, second], top(portal), settings)).toMatchObject({
      automatic: false,
    });
  });

  it('carries the settings that say what follows a fill', () => {
    const verdict = fillVerdict([exact], top(portal), {
      ...settings,
      copyAfterFill: true,
      submitAfterFillOrigins: [portal],
    });
    expect(verdict).toMatchObject({ submit: true, copy: true });
    const elsewhere = fillVerdict([exact], top(portal), {
      ...settings,
      submitAfterFillOrigins: ['https://other.example'],
    });
    expect(elsewhere).toMatchObject({ submit: false, copy: false });
  });

  it.each([
    ['an opaque origin', top(null), 'opaque'],
    ['an embedded frame', { origin: portal, isTopFrame: false }, 'subframe'],
    ['plain http off loopback', top('http://portal.net2phone.ca'), 'insecure'],
  ] as const)('refuses %s', (_, frame, reason) => {
    expect(fillVerdict([exact], frame, settings)).toEqual({ kind: 'refused', reason });
  });

  it('says when only HOTP accounts are bound here', () => {
    expect(fillVerdict([counter], top(portal), settings)).toEqual({
      kind: 'refused',
      reason: 'hotp-only',
      origin: portal,
    });
  });

  it.each([
    ['another port', 'https://portal.net2phone.ca:8443'],
    ['a sibling host', 'https://admin.net2phone.ca'],
    ['an unrelated site', 'https://weather.test'],
    ['loopback http', 'http://127.0.0.1:8460'],
  ])('offers nothing on %s', (_, origin) => {
    expect(fillVerdict([exact, byHand], top(origin), settings)).toEqual({
      kind: 'refused',
      reason: 'none-bound',
      origin,
    });
  });

  it('names a look-alike of a bound origin, with the origin it imitates', () => {
    expect(fillVerdict([exact], top('https://portal.net2ph0ne.ca'), settings)).toEqual({
      kind: 'refused',
      reason: 'lookalike',
      origin: 'https://portal.net2ph0ne.ca',
      boundOrigin: portal,
    });
  });

  it('property: an offered account always lists the exact origin and is never HOTP', () => {
    const origins = fc.constantFrom(
      portal,
      'https://portal.net2phone.ca:8443',
      'http://portal.net2phone.ca',
      'https://admin.net2phone.ca',
      'http://127.0.0.1:8460',
      'https://weather.test',
    );
    const arbitraryEntry = fc
      .record({
        origins: fc.array(origins, { maxLength: 3 }),
        counter: fc.boolean(),
        id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
        standby: fc.option(
          fc.record({
            kind: fc.constantFrom('replaced' as const, 'unconfirmed' as const),
            since: fc.nat(),
            twin: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
          }),
          { nil: null },
        ),
        account: fc.constantFrom('101@organization.com', '102@organization.com'),
      })
      .map(({ origins: bound, counter: isHotp, id, standby, account }) => ({
        ...entry(id, bound, isHotp ? hotp : totp),
        account,
        standby: standby?.twin === id ? null : standby,
      }));
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitraryEntry, { maxLength: 6, selector: (item) => item.id }),
        fc.option(origins, { nil: null }),
        fc.boolean(),
        fc.option(fc.constantFrom('101@organization.com', '102@ORGANIZATION.com'), { nil: null }),
        fc.constantFrom([], ['https://*.net2phone.ca/*'], ['http://127.0.0.1/*']),
        (entries, origin, isTopFrame, loginName, portalMatches) => {
          const verdict = fillVerdict(entries, { origin, isTopFrame }, settings, {
            loginName,
            portalMatches,
          });
          if (verdict.kind === 'refused') return;
          expect(isTopFrame).toBe(true);
          expect(verdict.origin).toBe(origin);
          // Accounts of other hosts are named, never given a code.
          for (const allowable of verdict.allowable) {
            expect(allowable.origins).not.toContain(origin);
            expect(offeredEntry(verdict, allowable.id)).toBeNull();
          }
          if (verdict.kind !== 'offer') return;
          expect(verdict.entries.length).toBeGreaterThan(0);
          for (const offered of [...verdict.entries, ...verdict.standby]) {
            expect(offered.origins).toContain(origin);
            expect(offered.params.type).not.toBe('hotp');
          }
          // An automatic fill has exactly one account to fill.
          if (verdict.automatic) {
            const picked = verdict.picked !== null && verdict.entries.includes(verdict.picked);
            const only = verdict.entries.length === 1 && verdict.allowable.length === 0;
            expect(picked || only).toBe(true);
          }
        },
      ),
    );
  });
});

describe('offeredEntry', () => {
  it('finds only an offered account', () => {
    const verdict = fillVerdict([exact, sibling, counter], top(portal), settings);
    expect(offeredEntry(verdict, 'exact')).toBe(exact);
    expect(offeredEntry(verdict, 'sibling')).toBeNull();
    expect(offeredEntry(verdict, 'hotp')).toBeNull();
    expect(offeredEntry(fillVerdict([exact], top(null), settings), 'exact')).toBeNull();
  });
});

describe('codeToFill (the one rollover margin)', () => {
  const periodEnd = 1_700_000_010_000;
  const code = (at: number) =>
    generateSync({ secret: SECRET, epoch: Math.floor(at / 1000), period: 30, digits: 6 });

  it('gives the current code while the margin or more remains', () => {
    const now = periodEnd - ROLLOVER_MARGIN_MS;
    expect(codeToFill(exact, now)).toEqual({
      code: code(now),
      validFrom: null,
      validUntil: periodEnd,
    });
    expect(codeToFill(exact, periodEnd - 29_000)).toEqual({
      code: code(periodEnd - 29_000),
      validFrom: null,
      validUntil: periodEnd,
    });
  });

  it('gives the next code, and when it becomes valid, inside the margin', () => {
    for (const now of [periodEnd - ROLLOVER_MARGIN_MS + 1, periodEnd - 1]) {
      expect(codeToFill(exact, now)).toEqual({
        code: code(periodEnd),
        validFrom: periodEnd,
        validUntil: periodEnd + 30_000,
      });
    }
  });
});

describe('wasOffered', () => {
  const now = 1_700_000_015_000;
  const current = generateSync({ secret: SECRET, epoch: now / 1000, period: 30, digits: 6 });

  it('accepts the current or next code of an offered account only', () => {
    const verdict = fillVerdict([exact], top(portal), settings);
    expect(wasOffered(verdict, current, now)).toBe(true);
    expect(wasOffered(verdict, codeToFill(exact, now + 14_000).code, now)).toBe(true);
    expect(wasOffered(verdict, '000000', now)).toBe(false);
    const elsewhere = fillVerdict([exact], top('https://weather.test'), settings);
    expect(wasOffered(elsewhere, current, now)).toBe(false);
  });
});
