import { damagedExport } from './errors';

/**
 * Base64 for the `data` parameter. Google Authenticator writes standard base64 with padding;
 * QR tools pass it on percent-encoded or not, sometimes as base64url, and sometimes with
 * `+` turned into a space by a form decoder. All of those are accepted; anything else is not.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Character code -> 6-bit value, or -1: standard base64 only. */
export const STANDARD_BASE64 = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let index = 0; index < ALPHABET.length; index++) table[ALPHABET.charCodeAt(index)] = index;
  return table;
})();

// Also maps base64url's `-_` and a space (a `+` that a form decoder rewrote).
const VALUES = (() => {
  const table = new Int8Array(STANDARD_BASE64);
  table['-'.charCodeAt(0)] = 62;
  table['_'.charCodeAt(0)] = 63;
  table[' '.charCodeAt(0)] = 62;
  return table;
})();

export function decodeBase64(text: string): Uint8Array {
  const unpadded = stripPadding(text);
  if (unpadded.length % 4 === 1) {
    throw damagedExport('invalid-base64', 'its data has an impossible length');
  }
  const bytes = decodeSextets(unpadded, VALUES);
  if (bytes === null) {
    throw damagedExport('invalid-base64', 'its data contains a character base64 does not use');
  }
  return bytes;
}

/**
 * Unpadded base64 whose length is not 1 more than a multiple of 4, through a character table:
 * the bytes, or `null` for a character the table does not map.
 */
export function decodeSextets(unpadded: string, values: Int8Array): Uint8Array<ArrayBuffer> | null {
  const bytes = new Uint8Array(Math.floor((unpadded.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (let position = 0; position < unpadded.length; position++) {
    const value = values[unpadded.charCodeAt(position)] ?? -1;
    if (value < 0) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >>> bits) & 0xff;
    }
  }
  return bytes;
}

/** Standard base64 with padding, as Google Authenticator writes it: the vault's own encoder. */
export { encodeBase64 } from '../crypto/encoding';

/** Up to two `=` at the very end (present or not); one anywhere else is damage. */
function stripPadding(text: string): string {
  const unpadded = text.replace(/={1,2}$/, '');
  if (unpadded.includes('=')) {
    throw damagedExport('invalid-base64', 'its data has padding in the wrong place');
  }
  if (unpadded.length !== text.length && text.length % 4 !== 0) {
    throw damagedExport('invalid-base64', 'its data has the wrong amount of padding');
  }
  return unpadded;
}
