import { decodeSextets, STANDARD_BASE64 } from '../migration/base64';

/**
 * Byte <-> text for other apps' files. Unlike the vault's own strict base64 (crypto/encoding),
 * these decoders take what foreign encoders write: line breaks (Android's default base64 wraps
 * at 76 characters), padding or none, upper- or lower-case hex. Anything else is `null`, for
 * the caller to report as a damaged file.
 */

/** Bytes backed by a plain ArrayBuffer: what WebCrypto accepts (`BufferSource`). */
export type Bytes = Uint8Array<ArrayBuffer>;

export function decodeBase64(text: string): Bytes | null {
  const body = text.replace(/\s+/g, '').replace(/={1,2}$/, '');
  if (body.length % 4 === 1) return null;
  return decodeSextets(body, STANDARD_BASE64);
}

/** Standard base64 with padding. */
export { encodeBase64 } from '../migration/base64';

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

export function concat(...parts: readonly Uint8Array[]): Bytes {
  const result = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
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
