import { Base32Error, decodeBase32, encodeBase32 } from './base32';
import { OtpError } from './otp-error';
import { MAX_SECRET_BYTES, MIN_SECRET_BYTES } from './otp-types';

/**
 * Secrets as people and sites write them (spaces, lower case, padding or not; see base32.ts),
 * checked against the bounds of otp-types.ts: 10 bytes, the size real sites issue, to 128.
 */

/** The secret's bytes, after the forgiving base32 decoding and the length bounds. */
export function decodeSecret(secret: string): Uint8Array {
  // Secrets may come from storage or messages, so the type is checked at run time too.
  if (typeof secret !== 'string') throw new OtpError('invalid-secret', 'The secret is not text.');
  let bytes: Uint8Array;
  try {
    bytes = decodeBase32(secret);
  } catch (error) {
    if (!(error instanceof Base32Error)) throw error;
    throw error.code === 'empty'
      ? new OtpError('empty-secret', 'The secret is empty.')
      : new OtpError('invalid-secret', error.message);
  }
  if (bytes.length < MIN_SECRET_BYTES) {
    throw new OtpError(
      'secret-too-short',
      `The secret is too short to be safe (at least ${MIN_SECRET_BYTES} bytes, ${MIN_SECRET_BYTES * 1.6} base32 characters).`,
    );
  }
  if (bytes.length > MAX_SECRET_BYTES) {
    throw new OtpError(
      'secret-too-long',
      `The secret is too long (at most ${MAX_SECRET_BYTES} bytes).`,
    );
  }
  return bytes;
}

/**
 * The one stored form of a secret: canonical base32 (upper case, no spaces, no padding, and
 * re-encoded from its bytes, so two spellings of one key compare equal).
 */
export function normalizeSecret(secret: string): string {
  return encodeBase32(decodeSecret(secret));
}
