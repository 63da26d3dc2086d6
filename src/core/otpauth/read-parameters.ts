import type { OtpParameters } from '../otp-types';
import { STEAM_PERIOD } from '../otp-types';
import { otpauthError } from './errors';
import type { KnownParameterName } from './parameters';
import { readAlgorithm, readCounter, readDigits, readPeriod, readSecret } from './values';

type KnownParameters = Partial<Record<KnownParameterName, string>>;

/**
 * The OtpParameters a URI's type and settings describe.
 *
 * Steam Guard has no standard URI; we accept the forms authenticators write:
 * - `otpauth://steam/LABEL?secret=...` (Aegis, ente Auth; Aegis adds `digits=5`), which is
 *   also what buildOtpauthUri writes, since apps that don't know Steam refuse it instead of
 *   showing wrong 6-digit codes;
 * - `otpauth://totp/LABEL?secret=...&encoder=steam` (KeePassXC, KeeWeb).
 * Steam codes are fixed (SHA1, 30 s, 5 characters): other values of those settings are
 * errors. A plain totp URI with issuer Steam stays TOTP, with a `possibly-steam` warning.
 */
export function readParameters(type: string, known: KnownParameters): OtpParameters {
  const encoder = known.encoder?.trim().toLowerCase();
  if (encoder !== undefined && (encoder !== 'steam' || type === 'hotp')) {
    throw otpauthError('unknown-type');
  }
  if (type === 'steam' || encoder === 'steam') return readSteam(known);
  const secret = readSecret(known.secret);
  const algorithm = readAlgorithm(known.algorithm);
  const digits = readDigits(known.digits);
  if (type === 'hotp') {
    return { type, secret, algorithm, digits, counter: readCounter(known.counter) };
  }
  return { type: 'totp', secret, algorithm, digits, period: readPeriod(known.period) };
}

function readSteam(known: KnownParameters): OtpParameters {
  const secret = readSecret(known.secret);
  if (readAlgorithm(known.algorithm) !== 'SHA1') {
    throw otpauthError('bad-algorithm', 'Steam Guard codes always use SHA1.');
  }
  if (known.digits !== undefined && known.digits.trim() !== '5') {
    throw otpauthError('bad-digits', 'Steam Guard codes always have 5 characters.');
  }
  if (known.period !== undefined && known.period.trim() !== String(STEAM_PERIOD)) {
    throw otpauthError('bad-period', `Steam Guard codes always last ${STEAM_PERIOD} seconds.`);
  }
  return { type: 'steam', secret };
}
