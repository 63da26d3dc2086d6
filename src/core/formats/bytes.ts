/**
 * Byte <-> text for other apps' files. Unlike the vault's own strict base64 (crypto/encoding),
 * these decoders take what foreign encoders write: line breaks (Android's default base64 wraps
 * at 76 characters), padding or none, upper- or lower-case hex. Anything else is `null`, for
 * the caller to report as a damaged file.
 */

/** Bytes backed by a plain ArrayBuffer: what WebCrypto accepts (`BufferSource`). */
export type Bytes = Uint8Array<ArrayBuffer>;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Int8Array(128).fill(-1);
for (let index = 0; index < BASE64.length; index++) VALUES[BASE64.charCodeAt(index)] = index;

export function decodeBase64(text: string): Bytes | null {
  const body = text.replace(/\s+/g, '').replace(/={1,2}$/, '');
  if (body.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((body.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let length = 0;
  for (let index = 0; index < body.length; index++) {
    const value = VALUES[body.charCodeAt(index)] ?? -1;
    if (value < 0) return null;
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[length++] = (buffer >>> bits) & 0xff;
    }
  }
  return bytes;
}

export function encodeBase64(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk =
      ((bytes[index] ?? 0) << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const present = Math.min(3, bytes.length - index);
    for (let sextet = 0; sextet < 4; sextet++) {
      text += sextet <= present ? BASE64.charAt((chunk >>> (18 - 6 * sextet)) & 63) : '=';
    }
  }
  return text;
}

export function decodeHex(text: string): Bytes | null {
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) return null;
  const bytes = new Uint8Array(text.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = parseInt(text.slice(index * 2, index * 2 + 2), 16);
  }
  return bytes;
}

export function encodeHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function encodeUtf8(text: string): Bytes {
  return new TextEncoder().encode(text);
}

/** The text, or `null` when the bytes are not valid UTF-8 (a decryption gone subtly wrong). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
