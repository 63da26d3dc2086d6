import { NobleCryptoPlugin } from 'otplib';

/**
 * Steam Guard codes: TOTP with SHA1 and a 30 s period, but the 31-bit value that
 * RFC 4226 truncation yields is written as 5 characters of Steam's own alphabet instead of
 * decimal digits.
 *
 * Why not otplib's `hooks.encodeToken`: in otplib 13.5.0 `generateSync` drops `hooks`
 * (fixed upstream in yeojz/otplib PR 899, not released in the version we pin), and the popup
 * needs synchronous codes. So the HMAC comes from otplib's own synchronous crypto plugin
 * (@noble/hashes: pure JavaScript, so it runs in service workers too) and only the truncation
 * and the encoding live here.
 */

export const STEAM_ALPHABET = '23456789BCDFGHJKMNPQRTVWXY';
export const STEAM_CODE_LENGTH = 5;
export { STEAM_PERIOD } from './otp-types';

const hmacPlugin = new NobleCryptoPlugin();

/** The time step as RFC 4226 wants the counter: 8 bytes, big-endian. */
function counterBytes(counter: number): Uint8Array {
  const bytes = new Uint8Array(8);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, Math.floor(counter / 2 ** 32));
  view.setUint32(4, counter >>> 0);
  return bytes;
}

/** RFC 4226 5.3 dynamic truncation: 31 bits from the offset the last nibble names. */
function truncate(digest: Uint8Array): number {
  const offset = (digest[digest.length - 1] ?? 0) & 0x0f;
  const view = new DataView(digest.buffer, digest.byteOffset, digest.byteLength);
  return view.getUint32(offset) & 0x7fffffff;
}

/** The Steam Guard code for one time step (`floor(unix seconds / 30)`). */
export function steamCode(key: Uint8Array, timeStep: number): string {
  let value = truncate(hmacPlugin.hmac('sha1', key, counterBytes(timeStep)));
  let code = '';
  for (let index = 0; index < STEAM_CODE_LENGTH; index++) {
    code += STEAM_ALPHABET.charAt(value % STEAM_ALPHABET.length);
    value = Math.floor(value / STEAM_ALPHABET.length);
  }
  return code;
}
