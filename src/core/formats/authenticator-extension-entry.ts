import { encodeBase32 } from '../base32';
import { decodeHex } from './bytes';
import type { EntryFields } from './entry';
import type { JsonObject } from './json';

/**
 * One Authenticator extension entry (its OTPStorage) into readEntry's fields: its types
 * (battle, hex, hhex), secret prefixes and hex secrets, the way the extension reads them
 * (src/models/storage.ts import, src/models/key-utilities.ts).
 */

/** What the extension itself accepts as a decrypted secret (wrong keys give other text). */
export function looksLikeSecret(decrypted: string): boolean {
  const secret = decrypted.replace(/\s/g, '');
  return (
    secret.length >= 8 &&
    (/^[a-z2-7]+=*$/i.test(secret) ||
      /^[0-9a-f]+$/i.test(secret) ||
      /^(?:blz-|bliz-|stm-)/.test(secret))
  );
}

const base32Pattern = /^[a-z2-7]+=*$/i;
const hexPattern = /^[0-9a-f]+$/i;
const algorithms: Record<number, string> = { 1: 'SHA1', 2: 'SHA256', 3: 'SHA512' };

/** The entry's fields for readEntry, its type and secret spelled the way readEntry reads. */
export function fieldsOf(entry: JsonObject, rawSecret: unknown): EntryFields {
  let type = typeof entry.type === 'string' ? entry.type.toLowerCase() : entry.type;
  let secret: unknown = rawSecret;
  if (typeof rawSecret === 'string') {
    let text = rawSecret.replace(/\s/g, '');
    const prefix = /^(blz-|bliz-|stm-)/.exec(text)?.[1];
    if (prefix !== undefined) {
      text = text.slice(prefix.length);
      type = prefix === 'stm-' ? 'steam' : 'battle';
    }
    if (!base32Pattern.test(text) && hexPattern.test(text)) {
      if (type === 'totp' || type === undefined) type = 'hex';
      else if (type === 'hotp') type = 'hhex';
    }
    secret = text;
  }
  let digits = entry.digits;
  if (type === 'hex' || type === 'hhex') {
    secret = typeof secret === 'string' ? hexToBase32(secret) : null;
    type = type === 'hex' ? 'totp' : 'hotp';
  } else if (type === 'battle') {
    // Blizzard's authenticator: TOTP with 8 digits, which the extension always shows.
    type = 'totp';
    digits = 8;
  }
  const algorithm =
    typeof entry.algorithm === 'number' ? algorithms[entry.algorithm] : entry.algorithm;
  return {
    issuer: entry.issuer,
    account: entry.account,
    secret,
    type,
    algorithm: algorithm ?? entry.algorithm,
    digits,
    period: entry.period,
    counter: entry.counter,
    note: entry.note,
  };
}

/**
 * Hex secrets as the extension keys them: an odd-length key loses a trailing '0' or gains one.
 * null (a bad secret) for text that is not hex.
 */
function hexToBase32(hex: string): string | null {
  if (!hexPattern.test(hex)) return null;
  const even = hex.length % 2 === 0 ? hex : hex.endsWith('0') ? hex.slice(0, -1) : `${hex}0`;
  const bytes = decodeHex(even);
  return bytes === null || bytes.length === 0 ? null : encodeBase32(bytes);
}
