import type { Bytes } from '../crypto/encoding';
import { decodeSextets, STANDARD_BASE64 } from '../migration/base64';

/**
 * Byte <-> text for other apps' files. Unlike the vault's own strict base64 (crypto/encoding),
 * these decoders take what foreign encoders write: line breaks (Android's default base64 wraps
 * at 76 characters), padding or none, upper- or lower-case hex. Anything else is `null`, for
 * the caller to report as a damaged file.
 */

/** Bytes backed by a plain ArrayBuffer: what WebCrypto accepts (`BufferSource`). */
export type { Bytes } from '../crypto/encoding';

export function decodeBase64(text: string): Bytes | null {
  const body = text.replace(/\s+/g, '').replace(/={1,2}$/, '');
  if (body.length % 4 === 1) return null;
  return decodeSextets(body, STANDARD_BASE64);
}

/** Writing is strict everywhere: the vault's encoders. */
export { encodeBase64, encodeHex, encodeUtf8 } from '../crypto/encoding';

export function decodeHex(text: string): Bytes | null {
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) return null;
  const bytes = new Uint8Array(text.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = parseInt(text.slice(index * 2, index * 2 + 2), 16);
  }
  return bytes;
}

/** The text, or `null` when the bytes are not valid UTF-8 (a decryption gone subtly wrong). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
