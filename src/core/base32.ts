import { CoreError } from './errors';

/**
 * RFC 4648 base32, the encoding of every TOTP secret. Decoding is forgiving the way people
 * and sites write secrets (spaces, hyphens, lower case, missing or present padding) and
 * strict about everything else.
 */

export type Base32ErrorCode = 'empty' | 'invalid-character' | 'invalid-length';

export class Base32Error extends CoreError<Base32ErrorCode> {
  override readonly name = 'Base32Error';
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Upper case, no separators, no padding: the form secrets are stored and compared in. */
export function normalizeBase32(input: string): string {
  const cleaned = input.replace(/[\s-]/g, '').toUpperCase().replace(/=+$/, '');
  if (cleaned === '') throw new Base32Error('empty', 'The secret is empty.');
  const bad = /[^A-Z2-7]/.exec(cleaned)?.[0];
  if (bad !== undefined) {
    // The character itself is not quoted: it is part of a secret.
    const hint = /[018]/.test(bad) ? ' (base32 has no 0, 1 or 8: check for O, I or B)' : '';
    throw new Base32Error(
      'invalid-character',
      `The secret contains a character that base32 does not use${hint}.`,
    );
  }
  // Lengths 1, 3 and 6 (mod 8) cannot come from whole bytes.
  if ([1, 3, 6].includes(cleaned.length % 8)) {
    throw new Base32Error('invalid-length', 'The secret has a length no base32 text can have.');
  }
  return cleaned;
}

export function decodeBase32(input: string): Uint8Array {
  const text = normalizeBase32(input);
  const bytes = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of text) {
    buffer = (buffer << 5) | ALPHABET.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >>> bits) & 0xff;
    }
  }
  return bytes;
}

/** Encodes without padding, as otpauth URIs carry secrets. */
export function encodeBase32(bytes: Uint8Array): string {
  let text = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer & 0xff) << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      text += ALPHABET.charAt((buffer >>> bits) & 31);
    }
  }
  if (bits > 0) text += ALPHABET.charAt((buffer << (5 - bits)) & 31);
  return text;
}
