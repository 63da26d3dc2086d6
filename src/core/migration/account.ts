import { decodeBase32, encodeBase32 } from '../base32';
import {
  MAX_SECRET_BYTES,
  MIN_SECRET_BYTES,
  type HashAlgorithm,
  type OtpAccount,
  type OtpParameters,
} from '../otp-types';
import { MigrationError } from './errors';
import { joinMigrationName, splitMigrationName } from './label';
import type { RawOtpParameters } from './payload';
import { AlgorithmValue, DigitCountValue, OtpTypeValue } from './schema';

/**
 * One MigrationPayload.OtpParameters <-> one OtpAccount. Google Authenticator exports carry no
 * period: every TOTP account in them is 30 s, so other periods cannot be exported.
 */

export const MIGRATION_TOTP_PERIOD = 30;

const algorithmByValue = new Map<number, HashAlgorithm>([
  [AlgorithmValue.unspecified, 'SHA1'],
  [AlgorithmValue.SHA1, 'SHA1'],
  [AlgorithmValue.SHA256, 'SHA256'],
  [AlgorithmValue.SHA512, 'SHA512'],
]);
const valueByAlgorithm: Record<HashAlgorithm, number> = {
  SHA1: AlgorithmValue.SHA1,
  SHA256: AlgorithmValue.SHA256,
  SHA512: AlgorithmValue.SHA512,
};
const digitsByValue = new Map<number, number>([
  [DigitCountValue.unspecified, 6],
  [DigitCountValue.six, 6],
  [DigitCountValue.eight, 8],
]);
const valueByDigits = new Map<number, number>([
  [6, DigitCountValue.six],
  [8, DigitCountValue.eight],
]);

/** Throws a MigrationError naming what makes this one account unusable. */
export function accountFromParameters(raw: RawOtpParameters): OtpAccount {
  const { issuer, account } = splitMigrationName(raw.name, raw.issuer);
  const algorithm = algorithmByValue.get(raw.algorithm);
  if (algorithm === undefined) {
    throw new MigrationError(
      'unsupported-algorithm',
      raw.algorithm === AlgorithmValue.MD5
        ? 'This account uses MD5 codes, which this app does not generate, so it was not imported.'
        : 'This account uses a code algorithm this app does not know, so it was not imported.',
    );
  }
  const digits = digitsByValue.get(raw.digits);
  if (digits === undefined) {
    throw new MigrationError(
      'unsupported-digits',
      'This account asks for a code length this app does not know, so it was not imported.',
    );
  }
  checkSecretLength(raw.secret);
  const secret = encodeBase32(raw.secret);
  const params: OtpParameters =
    raw.type === OtpTypeValue.hotp
      ? { type: 'hotp', secret, algorithm, digits, counter: safeCounter(raw.counter) }
      : totpParameters(raw.type, secret, algorithm, digits);
  return { issuer, account, params };
}

/** Throws MigrationError('unrepresentable') for what an export cannot carry. */
export function parametersFromAccount(entry: OtpAccount, index: number): RawOtpParameters {
  const unrepresentable = (why: string) =>
    new MigrationError(
      'unrepresentable',
      `Account ${index + 1} cannot go into a Google Authenticator export: ${why}.`,
    );
  const { params } = entry;
  if (params.type === 'steam') throw unrepresentable('Steam Guard accounts are not supported');
  if (params.type === 'totp' && params.period !== MIGRATION_TOTP_PERIOD) {
    throw unrepresentable('Google Authenticator exports only 30-second codes');
  }
  if (params.type === 'hotp' && !isCounter(params.counter)) {
    throw unrepresentable('its counter is not a whole number from 0 to 2^53 - 1');
  }
  const digits = valueByDigits.get(params.digits);
  if (digits === undefined) throw unrepresentable('exports carry only 6- or 8-digit codes');
  const algorithm = valueByAlgorithm[params.algorithm] as number | undefined;
  if (algorithm === undefined) throw unrepresentable('its code algorithm is unknown');
  if (hasLoneSurrogate(entry.issuer) || hasLoneSurrogate(entry.account)) {
    throw unrepresentable('its name contains broken text');
  }
  const name = joinMigrationName(entry);
  if (name === undefined) throw unrepresentable('its issuer and name cannot be told apart');
  const secret = secretBytes(params.secret, unrepresentable);
  return {
    secret,
    name,
    issuer: entry.issuer,
    algorithm,
    digits,
    type: params.type === 'hotp' ? OtpTypeValue.hotp : OtpTypeValue.totp,
    counter: params.type === 'hotp' ? BigInt(params.counter) : 0n,
  };
}

function totpParameters(
  type: number,
  secret: string,
  algorithm: HashAlgorithm,
  digits: number,
): OtpParameters {
  if (type !== OtpTypeValue.totp && type !== OtpTypeValue.unspecified) {
    throw new MigrationError(
      'unsupported-type',
      'This account uses a kind of code this app does not know, so it was not imported.',
    );
  }
  return { type: 'totp', secret, algorithm, digits, period: MIGRATION_TOTP_PERIOD };
}

function checkSecretLength(secret: Uint8Array): void {
  if (secret.length === 0) {
    throw new MigrationError('empty-secret', 'This account has no secret, so it was not imported.');
  }
  if (secret.length < MIN_SECRET_BYTES) {
    throw new MigrationError(
      'secret-too-short',
      `This account's secret is shorter than ${MIN_SECRET_BYTES} bytes, too weak to use, so it was not imported.`,
    );
  }
  if (secret.length > MAX_SECRET_BYTES) {
    throw new MigrationError(
      'secret-too-long',
      `This account's secret is longer than ${MAX_SECRET_BYTES} bytes, so it was not imported.`,
    );
  }
}

function safeCounter(counter: bigint): number {
  if (counter < 0n || counter > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new MigrationError(
      'counter-out-of-range',
      'This counter-based account has a counter outside the range this app supports, so it was not imported.',
    );
  }
  return Number(counter);
}

function secretBytes(secret: string, fail: (why: string) => MigrationError): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = decodeBase32(secret);
  } catch {
    // Base32Error: the secret is not base32 (its text is not quoted: it is a secret).
    throw fail('its secret is not valid base32');
  }
  if (bytes.length < MIN_SECRET_BYTES || bytes.length > MAX_SECRET_BYTES) {
    throw fail(`its secret is not ${MIN_SECRET_BYTES} to ${MAX_SECRET_BYTES} bytes long`);
  }
  return bytes;
}

function isCounter(counter: number): boolean {
  return Number.isSafeInteger(counter) && counter >= 0;
}

/** TextEncoder would silently turn these into U+FFFD, so the name would not come back. */
function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
