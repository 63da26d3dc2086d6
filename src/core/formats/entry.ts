import { Base32Error } from '../base32';
import { MAX_DIGITS, MAX_PERIOD, MIN_DIGITS, MIN_PERIOD, normalizeSecret, OtpError } from '../otp';
import type { HashAlgorithm, OtpParameters } from '../otp-types';
import { LIMITS } from '../vault/entry';
import type { EntryErrorCode, FailedEntry, ImportedAccount } from './types';

/**
 * One app's entry, as its fields came out of the file (still unchecked), into an account or a
 * named failure. Every importer funnels its entries through here, so "what is a usable
 * account" has one answer whatever the file. Fields the format lacks are left undefined and
 * take the Key URI Format defaults (TOTP, SHA1, 6 digits, 30 s).
 */
export interface EntryFields {
  readonly issuer?: unknown;
  readonly account?: unknown;
  readonly secret: unknown;
  /** 'totp' | 'hotp' | 'steam', any case. */
  readonly type?: unknown;
  /** 'SHA1', 'sha256', 'SHA-512'... */
  readonly algorithm?: unknown;
  readonly digits?: unknown;
  readonly period?: unknown;
  readonly counter?: unknown;
  readonly note?: unknown;
}

export type EntryResult =
  | { readonly ok: true; readonly account: ImportedAccount }
  | { readonly ok: false; readonly failure: FailedEntry };

/** `position` is the entry's 1-based place in the file, for entries with no names. */
export function readEntry(fields: EntryFields, position: number): EntryResult {
  const issuer = nameOf(fields.issuer);
  const account = nameOf(fields.account);
  const label = labelOf(issuer, account, position);
  const fail = (code: EntryErrorCode): EntryResult => ({ ok: false, failure: { label, code } });
  if (issuer === null || account === null || (issuer === '' && account === ''))
    return fail('bad-name');

  const secret = secretOf(fields.secret);
  if (!secret.ok) return fail(secret.code);
  const type = typeof fields.type === 'string' ? fields.type.trim().toLowerCase() : 'totp';
  const note = noteOf(fields.note);
  const done = (params: OtpParameters): EntryResult => ({
    ok: true,
    account: { issuer, account, params, note },
  });
  if (type === 'steam') return done({ type: 'steam', secret: secret.value });
  if (type !== 'totp' && type !== 'hotp') return fail('unsupported-type');

  const algorithm = algorithmOf(fields.algorithm);
  if (!algorithm) return fail('bad-algorithm');
  const digits = numberOf(fields.digits, 6);
  if (digits === null || !Number.isInteger(digits) || digits < MIN_DIGITS || digits > MAX_DIGITS)
    return fail('bad-digits');
  if (type === 'totp') {
    const period = numberOf(fields.period, 30);
    if (period === null || !Number.isInteger(period) || period < MIN_PERIOD || period > MAX_PERIOD)
      return fail('bad-period');
    return done({ type, secret: secret.value, algorithm, digits, period });
  }
  const counter = numberOf(fields.counter, 0);
  if (counter === null || !Number.isSafeInteger(counter) || counter < 0) return fail('bad-counter');
  return done({ type, secret: secret.value, algorithm, digits, counter });
}

/** "Issuer (account)", one of them, or "entry 3". Never anything secret. */
export function labelOf(issuer: string | null, account: string | null, position: number): string {
  const shown = (text: string | null) => (text ?? '').slice(0, 64);
  const [first, second] = [shown(issuer), shown(account)];
  if (first && second) return `${first} (${second})`;
  return first || second || `entry ${position}`;
}

const loneSurrogate = /\p{Cs}/u;

function nameOf(value: unknown): string | null {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return null;
  const name = value.trim();
  return name.length > LIMITS.issuer || loneSurrogate.test(name) ? null : name;
}

function noteOf(value: unknown): string {
  if (typeof value !== 'string') return '';
  // A longer note would make the whole account unsavable; its start is what people read.
  return value.length > LIMITS.note ? `${value.slice(0, LIMITS.note - 1)}…` : value;
}

function secretOf(
  value: unknown,
):
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly code: EntryErrorCode } {
  if (typeof value !== 'string') return { ok: false, code: 'bad-secret' };
  try {
    return { ok: true, value: normalizeSecret(value) };
  } catch (error) {
    if (
      error instanceof OtpError &&
      (error.code === 'secret-too-short' || error.code === 'secret-too-long')
    )
      return { ok: false, code: error.code };
    if (error instanceof OtpError || error instanceof Base32Error)
      return { ok: false, code: 'bad-secret' };
    throw error;
  }
}

const algorithmPattern = /^(?:HMAC-?)?SHA-?(1|256|512)$/i;

function algorithmOf(value: unknown): HashAlgorithm | null {
  if (value === undefined || value === null || value === '') return 'SHA1';
  if (typeof value !== 'string') return null;
  const bits = algorithmPattern.exec(value.trim())?.[1];
  return bits === undefined ? null : (`SHA${bits}` as HashAlgorithm);
}

/** A number, or a string of decimal digits (some apps write "6"); `fallback` when absent. */
function numberOf(value: unknown, fallback: number): number | null {
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d{1,16}$/.test(value.trim())) return Number(value.trim());
  return null;
}
