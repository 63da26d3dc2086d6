import { describe, expect, it } from 'vitest';
import { boundEntries, signInAccount } from '../../../src/background/fill/bound-accounts';
import type { VaultData, VaultEntry } from '../../../src/core/vault';
import type { OtpParameters } from '../../../src/core/otp-types';

// Issue 6, DESIGN 4.3: only accounts that list the page's exact origin are offered.
const portal = 'https://portal.net2phone.ca';
const totp: OtpParameters = {
  type: 'totp',
  secret: 'JBSWY3DPEHPK3PXP',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
};

function entry(id: string, origins: string[], params: OtpParameters = totp): VaultEntry {
  return {
    id,
    issuer: 'Sonar',
    account: `${id}@organization.com`,
    params,
    origins,
    siteId: 'sonar',
    note: 'private note',
    createdAt: 0,
    updatedAt: 0,
  };
}

const data: VaultData = {
  schemaVersion: 1,
  entries: [
    entry('exact', [portal]),
    entry('second-origin', ['https://other.example', portal]),
    entry('sibling', ['https://evil.net2phone.ca']),
    entry('plain-http', ['http://portal.net2phone.ca']),
    entry('other-port', ['https://portal.net2phone.ca:8443']),
    entry('lookalike', ['https://portal.net2phone.ca.evil.example']),
    entry('by-hand', []),
    entry('hotp', [portal], { ...totp, type: 'hotp', counter: 3 }),
  ],
};

describe('boundEntries', () => {
  it('keeps the time-based accounts bound to exactly this origin, in vault order', () => {
    expect(boundEntries(data, portal).map((bound) => bound.id)).toEqual(['exact', 'second-origin']);
  });

  it('finds nothing for an origin no account lists', () => {
    expect(boundEntries(data, 'https://net2phone.ca')).toEqual([]);
  });
});

describe('signInAccount', () => {
  it('names an account by id, issuer and account only', () => {
    expect(signInAccount(entry('exact', [portal]))).toEqual({
      id: 'exact',
      issuer: 'Sonar',
      account: 'exact@organization.com',
    });
  });
});
