/**
 * Byte <-> text for the envelope. The envelope lives in `storage.local`, which stores JSON, so
 * every byte field is base64 text (RFC 4648 section 4, with padding).
 *
 * Decoding is strict on purpose: exactly one text decodes to a given byte string (no
 * whitespace, no missing padding, no non-zero spare bits). A lenient decoder (atob) accepts
 * several spellings of the same bytes, so a flipped character could go unnoticed; here every
 * change to the stored text is either rejected or changes the authenticated bytes (any
 * flipped byte: decryption fails).
 */

/** Bytes backed by a plain ArrayBuffer: what WebCrypto accepts (`BufferSource`). */
export type Bytes = Uint8Array<ArrayBuffer>;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = Uint8Array.from(Array.from({ length: 64 }, (_, index) => ALPHABET.charCodeAt(index)));
/** Character code -> 6-bit value, 255 for characters outside the alphabet. */
const VALUES = new Uint8Array(128).fill(255);
CODES.forEach((code, index) => (VALUES[code] = index));
const EQUALS = 61; // '='

/**
 * The engine's own base64 (Chromium 140, Firefox 133), when it has one: the popup decodes a
 * 1,000-account vault (~330 KB, and again its previous generation) on a fresh page, where our
 * loops below still run unoptimised and take tens of milliseconds. Both are strict the same way.
 */
interface EngineBase64 {
  readonly name: string;
  readonly fromBase64?: (
    text: string,
    options: { readonly lastChunkHandling: 'strict' },
  ) => Uint8Array<ArrayBuffer>;
}
const engine: EngineBase64 = Uint8Array;

export function encodeBase64(bytes: Uint8Array): string {
  const own: { readonly length: number; readonly toBase64?: () => string } = bytes;
  return own.toBase64 ? own.toBase64() : encodeBase64Here(bytes);
}

// A 1,000-account vault is ~330 KB: work on character codes, not one-character strings.
function encodeBase64Here(bytes: Uint8Array): string {
  const codes = new Uint8Array(Math.ceil(bytes.length / 3) * 4).fill(EQUALS);
  for (let index = 0, out = 0; index < bytes.length; index += 3, out += 4) {
    const available = Math.min(3, bytes.length - index);
    const chunk =
      ((bytes[index] ?? 0) << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    for (let position = 0; position <= available; position++) {
      codes[out + position] = CODES[(chunk >>> (18 - position * 6)) & 63] ?? EQUALS;
    }
  }
  return new TextDecoder().decode(codes);
}

/**
 * A strict decoder over `fromBase64` (the engine's, when it has one; tests pass a stand-in),
 * else over our own loop.
 */
export function base64Decoder(fromBase64 = engine.fromBase64): (text: string) => Bytes | null {
  if (!fromBase64) return decodeBase64Here;
  return (text) => {
    if (text.length % 4 !== 0) return null;
    let bytes: Bytes;
    try {
      // Strict: padding required, spare bits zero, nothing outside the alphabet.
      bytes = fromBase64(text, { lastChunkHandling: 'strict' });
    } catch {
      return null;
    }
    // It skips ASCII whitespace, which the canonical spelling has none of: any there leaves
    // fewer bytes than the text's length promises.
    return bytes.length === (text.length / 4) * 3 - paddingOf(text) ? bytes : null;
  };
}

/** The bytes, or `null` when the text is not the one canonical base64 spelling of any bytes. */
export const decodeBase64: (text: string) => Bytes | null = base64Decoder();

function paddingOf(text: string): number {
  return text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
}

function decodeBase64Here(text: string): Bytes | null {
  if (text.length % 4 !== 0) return null;
  const padding = paddingOf(text);
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let buffer = 0;
  let bits = 0;
  let length = 0;
  for (let index = 0; index < text.length - padding; index++) {
    const value = VALUES[text.charCodeAt(index)] ?? 255;
    if (value === 255) return null;
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[length++] = (buffer >>> bits) & 0xff;
    }
  }
  // The bits left over after the last whole byte must be zero in the canonical spelling.
  return (buffer & ((1 << bits) - 1)) === 0 ? bytes : null;
}

export function encodeHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function encodeUtf8(text: string): Bytes {
  return new TextEncoder().encode(text);
}
