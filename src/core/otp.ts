import { createGuardrails, generateSync, type HashAlgorithm as OtplibAlgorithm } from 'otplib';
import { OtpError } from './otp-error';
import { decodeSecret } from './otp-secret';
import {
  hashAlgorithms,
  MAX_SECRET_BYTES,
  MIN_SECRET_BYTES,
  type HashAlgorithm,
  type OtpParameters,
  type SteamParameters,
  type TotpParameters,
} from './otp-types';
import { STEAM_CODE_LENGTH, STEAM_PERIOD, steamCode } from './steam';

/**
 * One-time codes for every account type: TOTP and HOTP through
 * otplib's synchronous path (the popup computes codes for up to 1,000 accounts at once; see
 * bench/otp.bench.ts), Steam Guard through steam.ts. Time is injectable: every function takes
 * `now` in milliseconds since the Unix epoch.
 */

export { OtpError, type OtpErrorCode } from './otp-error';
export { decodeSecret, normalizeSecret } from './otp-secret';

export const MIN_DIGITS = 6;
export const MAX_DIGITS = 8;
export const MIN_PERIOD = 1;
export const MAX_PERIOD = 3600;

/**
 * otplib refuses secrets under 16 bytes by default (DESIGN 3), but real sites issue 10-byte
 * ones; our bounds come from otp-types.ts, and we check them ourselves first so that the
 * user sees our message, not otplib's.
 */
const guardrails = createGuardrails({ MIN_SECRET_BYTES, MAX_SECRET_BYTES });

const otplibAlgorithms: Record<HashAlgorithm, OtplibAlgorithm> = {
  SHA1: 'sha1',
  SHA256: 'sha256',
  SHA512: 'sha512',
};

const isIntegerIn = (value: number, min: number, max: number) =>
  Number.isSafeInteger(value) && value >= min && value <= max;

/** Checks everything otp-types.ts requires and returns the key, decoded once. */
function checkedKey(params: OtpParameters): Uint8Array {
  const key = decodeSecret(params.secret);
  // Parameters may come from storage or messages, so the type is checked at run time too.
  const type: string = params.type;
  if (params.type === 'steam') return key;
  if (type !== 'totp' && type !== 'hotp') {
    throw new OtpError('bad-type', 'Only TOTP, HOTP and Steam accounts are supported.');
  }
  if (!hashAlgorithms.includes(params.algorithm)) {
    throw new OtpError('bad-algorithm', 'The algorithm must be SHA1, SHA256 or SHA512.');
  }
  if (!isIntegerIn(params.digits, MIN_DIGITS, MAX_DIGITS)) {
    throw new OtpError('bad-digits', `Codes must have ${MIN_DIGITS} to ${MAX_DIGITS} digits.`);
  }
  if (params.type === 'totp' && !isIntegerIn(params.period, MIN_PERIOD, MAX_PERIOD)) {
    throw new OtpError(
      'bad-period',
      `The period must be a whole number of seconds from ${MIN_PERIOD} to ${MAX_PERIOD}.`,
    );
  }
  if (params.type === 'hotp' && !isIntegerIn(params.counter, 0, Number.MAX_SAFE_INTEGER)) {
    throw new OtpError('bad-counter', 'The counter must be a whole number, 0 or more.');
  }
  return key;
}

/** Throws an OtpError for anything otp-types.ts does not allow, including a bad secret. */
export function checkOtpParameters(params: OtpParameters): void {
  checkedKey(params);
}

const periodOfTimed = (params: TotpParameters | SteamParameters) =>
  params.type === 'steam' ? STEAM_PERIOD : params.period;

/** Characters per code: Steam Guard's are always 5. */
export function codeLengthOf(params: OtpParameters): number {
  return params.type === 'steam' ? STEAM_CODE_LENGTH : params.digits;
}

/** Seconds per code for time-based accounts, `null` for HOTP. */
export function periodOf(params: OtpParameters): number | null {
  return params.type === 'hotp' ? null : periodOfTimed(params);
}

function checkTime(now: number): void {
  // 8.64e15 ms is the last instant a JavaScript Date can hold.
  if (!Number.isFinite(now) || now < 0 || now > 8.64e15) {
    throw new OtpError('bad-time', 'The clock gave a time that codes cannot be computed for.');
  }
}

/** RFC 6238 T = floor(unix seconds / period), with T0 = 0. */
function timeStepAt(period: number, now: number): number {
  return Math.floor(now / 1000 / period);
}

/** When the code valid at `now` stops being valid (ms since the epoch): its time step's end. */
export function stepEnd(period: number, now: number): number {
  return (timeStepAt(period, now) + 1) * period * 1000;
}

/**
 * Whole seconds until the code changes, rounded up: `period` right at a step boundary, down
 * to 1 in its last second (a countdown never shows 0 while a code is still valid).
 */
export function secondsLeft(
  params: TotpParameters | SteamParameters,
  now: number = Date.now(),
): number {
  checkTime(now);
  return Math.ceil((stepEnd(periodOfTimed(params), now) - now) / 1000);
}

/** The code of one counter value (HOTP) or time step (TOTP, Steam); parameters checked. */
function codeForStep(params: OtpParameters, key: Uint8Array, step: number): string {
  if (params.type === 'steam') return steamCode(key, step);
  try {
    // TOTP is HOTP over the time step (RFC 6238 4.2): computing the step once here keeps
    // current, next and secondsLeft on the same integer arithmetic.
    return generateSync({
      strategy: 'hotp',
      secret: key,
      counter: step,
      algorithm: otplibAlgorithms[params.algorithm],
      digits: params.digits,
      guardrails,
    });
  } catch {
    // Unreachable after checkedKey; kept so that no otplib error escapes untyped.
    throw new OtpError('generation-failed', 'The code could not be computed for this account.');
  }
}

export interface OtpCodes {
  /** The code valid now (TOTP, Steam) or for the stored counter (HOTP). */
  readonly current: string;
  /** The code of the next period; `null` for HOTP. */
  readonly next: string | null;
  /** See `secondsLeft`; `null` for HOTP. */
  readonly secondsLeft: number | null;
  /** Seconds per code; `null` for HOTP. */
  readonly period: number | null;
}

/** Current and next code in one call (one secret decoding), as the popup lists them. */
export function codesAt(params: OtpParameters, now: number = Date.now()): OtpCodes {
  const key = checkedKey(params);
  if (params.type === 'hotp') {
    const current = codeForStep(params, key, params.counter);
    return { current, next: null, secondsLeft: null, period: null };
  }
  checkTime(now);
  const period = periodOfTimed(params);
  const step = timeStepAt(period, now);
  return {
    current: codeForStep(params, key, step),
    next: codeForStep(params, key, step + 1),
    secondsLeft: secondsLeft(params, now),
    period,
  };
}
