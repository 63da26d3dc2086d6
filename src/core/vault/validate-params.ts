import { OtpError } from '../otp-error';
import { normalizeSecret } from '../otp-secret';
import { hashAlgorithms, type HashAlgorithm, type OtpParameters } from '../otp-types';

/**
 * Checks OTP parameters from anywhere (a stored vault, a form, an import) against the ranges
 * the extension supports. Returns a problem in words, or the parameters with the secret
 * normalised.
 */
export type ParamsCheck =
  | { readonly ok: true; readonly params: OtpParameters }
  | { readonly ok: false; readonly problem: string };

export function checkParams(value: unknown): ParamsCheck {
  if (!isRecord(value)) return problem('the code settings are missing');
  const secret = checkSecret(value.secret);
  if (typeof secret !== 'string') return secret;

  if (value.type === 'steam') return { ok: true, params: { type: 'steam', secret } };
  if (value.type !== 'totp' && value.type !== 'hotp')
    return problem('the code type is not TOTP, HOTP or Steam');
  if (!hashAlgorithms.includes(value.algorithm as HashAlgorithm)) {
    return problem('the algorithm is not SHA1, SHA256 or SHA512');
  }
  const algorithm = value.algorithm as HashAlgorithm;
  const digits = value.digits;
  if (!Number.isInteger(digits) || (digits as number) < 6 || (digits as number) > 8) {
    return problem('codes must have 6 to 8 digits');
  }
  if (value.type === 'totp') {
    const period = value.period;
    if (!Number.isInteger(period) || (period as number) < 1 || (period as number) > 3600) {
      return problem('the period must be 1 to 3600 seconds');
    }
    return {
      ok: true,
      params: {
        type: 'totp',
        secret,
        algorithm,
        digits: digits as number,
        period: period as number,
      },
    };
  }
  const counter = value.counter;
  if (!Number.isSafeInteger(counter) || (counter as number) < 0) {
    return problem('the counter must be a whole number, 0 or more');
  }
  return {
    ok: true,
    params: {
      type: 'hotp',
      secret,
      algorithm,
      digits: digits as number,
      counter: counter as number,
    },
  };
}

function checkSecret(value: unknown): string | { readonly ok: false; readonly problem: string } {
  if (typeof value !== 'string') return problem('the secret is missing');
  try {
    // The canonical form (otp-secret.ts), so duplicates are found however a secret was written.
    return normalizeSecret(value);
  } catch (error) {
    if (error instanceof OtpError) return problem(lowerFirst(error.message.replace(/\.$/, '')));
    throw error;
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problem(text: string): { readonly ok: false; readonly problem: string } {
  return { ok: false, problem: text };
}
