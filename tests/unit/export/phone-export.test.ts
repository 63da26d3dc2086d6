import { describe, expect, it } from 'vitest';
import { encodeBase32 } from '../../../src/core/base32';
import {
  decodeMigrationUri,
  exportForPhone,
  MAX_PHONE_QR_TEXT,
  mergeMigrationBatches,
} from '../../../src/core/migration';
import type { OtpAccount } from '../../../src/core/otp-types';

// "Move to phone": QR-sized batches that a phone's Google Authenticator reads back whole.

function totp(index: number, name = `user${index}@example.com`): OtpAccount {
  const secret = encodeBase32(new Uint8Array(20).map((_, byte) => (index * 31 + byte) & 0xff));
  return {
    issuer: `Issuer ${index}`,
    account: name,
    params: { type: 'totp', secret, algorithm: 'SHA1', digits: 6, period: 30 },
  };
}

function accountsBack(batches: readonly string[]): OtpAccount[] {
  const merged = mergeMigrationBatches(batches.map(decodeMigrationUri));
  if (!merged.complete) throw new Error('incomplete export');
  return merged.accounts.map((result) => {
    if (!result.ok) throw result.error;
    return result.account;
  });
}

describe('exportForPhone', () => {
  it('puts ten accounts per QR code, as Google Authenticator does, and gives every one back', () => {
    const accounts = Array.from({ length: 25 }, (_, index) => totp(index));
    const { batches, unrepresentable } = exportForPhone(accounts);
    expect(batches.map((text) => decodeMigrationUri(text).accounts.length)).toEqual([10, 10, 5]);
    expect(unrepresentable).toEqual([]);
    expect(accountsBack(batches)).toEqual(accounts);
  });

  it('shares one batch id and numbers the codes in order', () => {
    const { batches } = exportForPhone(Array.from({ length: 12 }, (_, index) => totp(index)));
    const decoded = batches.map(decodeMigrationUri);
    expect(decoded.map((batch) => [batch.batchIndex, batch.batchSize])).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(new Set(decoded.map((batch) => batch.batchId)).size).toBe(1);
  });

  it('puts fewer accounts in a code when long names would make it too dense to scan', () => {
    const long = Array.from({ length: 10 }, (_, index) => totp(index, 'x'.repeat(200)));
    const { batches } = exportForPhone(long);
    expect(batches.length).toBeGreaterThan(1);
    for (const text of batches) expect(text.length).toBeLessThanOrEqual(MAX_PHONE_QR_TEXT);
    expect(accountsBack(batches)).toEqual(long);
  });

  it('names the accounts an export cannot carry instead of dropping them', () => {
    const steam: OtpAccount = {
      issuer: 'Steam',
      account: 'gamer',
      params: { type: 'steam', secret: totp(1).params.secret },
    };
    const slow: OtpAccount = {
      ...totp(2),
      params: { ...totp(2).params, period: 60 } as OtpAccount['params'],
    };
    const kept = totp(3);
    const { batches, unrepresentable } = exportForPhone([steam, kept, slow]);
    expect(unrepresentable).toEqual([steam, slow]);
    expect(accountsBack(batches)).toEqual([kept]);
  });

  it('makes no QR code when nothing can be exported', () => {
    const slow: OtpAccount = {
      ...totp(2),
      params: { ...totp(2).params, period: 60 } as OtpAccount['params'],
    };
    expect(exportForPhone([slow]).batches).toEqual([]);
  });
});
