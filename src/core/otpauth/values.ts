import {
  MAX_DIGITS,
  MAX_PERIOD,
  MIN_DIGITS,
  MIN_PERIOD,
  normalizeSecret,
  OtpError,
  type OtpErrorCode,
} from '../otp';
import type { HashAlgorithm } from '../otp-types';
import { otpauthError, OtpauthError, type OtpauthErrorCode } from './errors';

/**
 * Reads the typed settings of an otpauth URI, applying the Key URI Format defaults (SHA1,
 * 6 digits, 30 seconds). Values are trimmed; numbers must be plain decimal digits, so that
 * "6.0", "0x6", "1e1" or "-30" are refused rather than guessed at.
 */

const otpErrorCodes: Record<OtpErrorCode, OtpauthErrorCode> = {
  'empty-secret': 'missing-secret',
  'invalid-secret': 'invalid-base32',
  'secret-too-short': 'secret-too-short',
  'secret-too-long': 'secret-too-long',
  'bad-type': 'unknown-type',
  'bad-algorithm': 'bad-algorithm',
  'bad-digits': 'bad-digits',
  'bad-period': 'bad-period',
  'bad-counter': 'bad-counter',
  'bad-time': 'not-a-uri',
  'generation-failed': 'not-a-uri',
};

/** The same failure in otpauth's terms; the message is kept unless it is otp.ts's own. */
export function fromOtpError(error: unknown): unknown {
  if (!(error instanceof OtpError)) return error;
  const code = otpErrorCodes[error.code];
  // Base32Error's messages (via OtpError 'invalid-secret') say what is wrong more precisely.
  return error.code === 'invalid-secret'
    ? new OtpauthError(code, error.message)
    : otpauthError(code);
}

export function readSecret(raw: string | undefined): string {
  if (raw === undefined) throw otpauthError('missing-secret');
  try {
    return normalizeSecret(raw);
  } catch (error) {
    throw fromOtpError(error);
  }
}

const algorithmPattern = /^SHA-?(1|256|512)$/i;

export function readAlgorithm(raw: string | undefined): HashAlgorithm {
  if (raw === undefined) return 'SHA1';
  const bits = algorithmPattern.exec(raw.trim())?.[1];
  if (bits === undefined) throw otpauthError('bad-algorithm');
  return `SHA${bits}` as HashAlgorithm;
}

/** A non-negative decimal integer of at most `maxDigits` digits, or `undefined`. */
function readInteger(raw: string, maxDigits: number): number | undefined {
  const text = raw.trim();
  if (text.length > maxDigits || !/^[0-9]+$/.test(text)) return undefined;
  return Number(text);
}

function readBounded(
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
  code: OtpauthErrorCode,
): number {
  if (raw === undefined) return fallback;
  const value = readInteger(raw, 8);
  if (value === undefined || value < min || value > max) throw otpauthError(code);
  return value;
}

export const readDigits = (raw: string | undefined) =>
  readBounded(raw, 6, MIN_DIGITS, MAX_DIGITS, 'bad-digits');

export const readPeriod = (raw: string | undefined) =>
  readBounded(raw, 30, MIN_PERIOD, MAX_PERIOD, 'bad-period');

export function readCounter(raw: string | undefined): number {
  if (raw === undefined) throw otpauthError('hotp-without-counter');
  const value = readInteger(raw, 16);
  if (value === undefined || !Number.isSafeInteger(value)) throw otpauthError('bad-counter');
  return value;
}
