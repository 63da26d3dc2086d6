import type { MigrationAccountResult, MigrationErrorCode } from '../migration';
import type { OtpauthErrorCode } from '../otpauth';
import type { OtpAccount } from '../otp-types';
import { labelOf, readEntry, type EntryFields, type EntryResult } from './entry';
import type { EntryErrorCode } from './types';

/**
 * Accounts that arrive as otpauth:// URIs or Google Authenticator exports (a text file of
 * URIs, Bitwarden's `login.totp`), turned into the fields every importer hands readEntry.
 */

/** An account some parser already read, back into readEntry's fields. */
export function fieldsOf(account: OtpAccount, note = ''): EntryFields {
  const { params } = account;
  return {
    issuer: account.issuer,
    account: account.account,
    secret: params.secret,
    type: params.type,
    note,
    ...(params.type === 'steam'
      ? {}
      : {
          algorithm: params.algorithm,
          digits: params.digits,
          ...(params.type === 'totp' ? { period: params.period } : { counter: params.counter }),
        }),
  };
}

const fromOtpauth: Partial<Record<OtpauthErrorCode, EntryErrorCode>> = {
  'missing-secret': 'bad-secret',
  'invalid-base32': 'bad-secret',
  'secret-too-short': 'secret-too-short',
  'secret-too-long': 'secret-too-long',
  'unknown-type': 'unsupported-type',
  'bad-algorithm': 'bad-algorithm',
  'bad-digits': 'bad-digits',
  'bad-period': 'bad-period',
  'bad-counter': 'bad-counter',
  'hotp-without-counter': 'bad-counter',
  'bad-name': 'bad-name',
  'empty-label': 'bad-name',
};

export function entryCodeOfOtpauth(code: OtpauthErrorCode): EntryErrorCode {
  return fromOtpauth[code] ?? 'malformed-entry';
}

const fromMigration: Partial<Record<MigrationErrorCode, EntryErrorCode>> = {
  'invalid-text': 'bad-name',
  'unsupported-algorithm': 'bad-algorithm',
  'unsupported-digits': 'bad-digits',
  'unsupported-type': 'unsupported-type',
  'empty-secret': 'bad-secret',
  'secret-too-short': 'secret-too-short',
  'secret-too-long': 'secret-too-long',
  'counter-out-of-range': 'bad-counter',
};

/** One account of a Google Authenticator export, as an entry; `position` counts file-wide. */
export function entryOfMigration(result: MigrationAccountResult, position: number): EntryResult {
  if (result.ok) return readEntry(fieldsOf(result.account), position);
  return {
    ok: false,
    failure: {
      label: labelOf(result.issuer.trim(), result.name.trim(), position),
      code: fromMigration[result.error.code] ?? 'malformed-entry',
    },
  };
}
