import { encodeBase32 } from '../base32';
import { decryptCryptoJsAes } from './cryptojs-aes';
import { readEntry, type EntryFields, type EntryResult } from './entry';
import { head, isObject, malformed, peekJson, readJson, type JsonObject } from './json';
import {
  FormatError,
  type FailedEntry,
  type FileImporter,
  type ImportedAccount,
  type ImportFileInput,
  type ParsedFile,
} from './types';

/**
 * The backup of the "Authenticator" browser extension: a JSON object keyed by each entry's
 * hash (a UUID in recent versions), values `{ secret, issuer?, account?, type, counter?,
 * period?, digits?, algorithm?, encrypted, hash, index, note? }` (its OTPStorage).
 *
 * - type: totp | hotp | battle (Blizzard: TOTP, 8 digits) | steam | hex | hhex (TOTP / HOTP
 *   with a hexadecimal secret). Like the extension, a totp/hotp secret that is hex but not
 *   base32 is read as hex, and `stm-` / `blz-` / `bliz-` prefixes mean Steam / Blizzard.
 * - Older encrypted backups: `encrypted: true` entries whose secret is CryptoJS
 *   `AES.encrypt(secret, password)` (cryptojs-aes.ts).
 * - Newer encrypted backups (a `key` object, `dataType: "Key"` records, `EncOTPStorage`
 *   entries) wrap everything in an Argon2-derived key this importer does not read: those are
 *   'unsupported-encryption', with the way out (an unencrypted backup).
 * Other records (keys, settings, groups) are not accounts and are skipped.
 */

const WHAT = 'Authenticator extension backup';
const otherFormatKeys = ['items', 'db', 'header', 'services', 'servicesEncrypted', 'schemaVersion'];
const notAccounts = new Set(['Key', 'Group', 'EncGroup']);

function isEntry(value: unknown): value is JsonObject {
  return (
    isObject(value) &&
    (value.dataType === 'OTPStorage' ||
      value.dataType === 'EncOTPStorage' ||
      (typeof value.secret === 'string' &&
        ('encrypted' in value || 'hash' in value || 'type' in value)))
  );
}

function detect(input: ImportFileInput): boolean {
  try {
    const json = peekJson(input.text);
    if (json === undefined) {
      return /^\s*\{\s*"[^"\\]{1,128}"\s*:\s*\{\s*"(?:account|encrypted|hash|index|issuer|secret|type|dataType|keyId|data|counter|period|digits|algorithm|pinned)"\s*:/.test(
        head(input.text),
      );
    }
    return (
      isObject(json) &&
      !otherFormatKeys.some((key) => key in json) &&
      Object.values(json).some(isEntry)
    );
  } catch {
    return false;
  }
}

function newerEncryption(): FormatError {
  return new FormatError(
    'unsupported-encryption',
    "This Authenticator backup is encrypted with the extension's newer scheme, which this extension cannot read. In Authenticator, choose Backup and export an unencrypted backup, then import that file (and delete it afterwards).",
  );
}

async function read(input: ImportFileInput): Promise<ParsedFile> {
  const file = readJson(input.text, WHAT);
  if (!isObject(file)) throw malformed(WHAT, 'it is not a JSON object');
  const records = Object.entries(file).filter(
    ([key, value]) =>
      key !== 'key' &&
      key !== 'UserSettings' &&
      !(isObject(value) && typeof value.dataType === 'string' && notAccounts.has(value.dataType)),
  );
  const hasNewerKeys =
    isObject(file.key) ||
    Object.values(file).some((value) => isObject(value) && value.dataType === 'Key');
  const ordered = records
    .map(([, value], place) => ({ value, place }))
    .sort((a, b) => orderOf(a.value, a.place) - orderOf(b.value, b.place));

  const encrypted = ordered.filter(
    ({ value }) =>
      isObject(value) && (value.encrypted === true || value.dataType === 'EncOTPStorage'),
  );
  if (encrypted.length > 0) {
    if (
      hasNewerKeys ||
      encrypted.some(({ value }) => isObject(value) && value.dataType === 'EncOTPStorage')
    )
      throw newerEncryption();
    if (input.password === null || input.password === '') {
      throw new FormatError(
        'password-needed',
        'This Authenticator backup is encrypted: enter the password it was encrypted with.',
      );
    }
  }

  const accounts: ImportedAccount[] = [];
  const failed: FailedEntry[] = [];
  let decrypted = 0;
  for (const [index, { value }] of ordered.entries()) {
    const position = index + 1;
    let result: EntryResult;
    if (!isEntry(value)) {
      result = { ok: false, failure: { label: `entry ${position}`, code: 'malformed-entry' } };
    } else if (value.encrypted === true) {
      const secret = await decryptCryptoJsAes(value.secret as string, input.password ?? '');
      const usable = secret !== null && looksLikeSecret(secret);
      if (usable) decrypted++;
      result = readEntry(fieldsOf(value, usable ? secret : null), position);
    } else {
      result = readEntry(fieldsOf(value, value.secret), position);
    }
    if (result.ok) accounts.push(result.account);
    else failed.push(result.failure);
  }
  if (encrypted.length > 0 && decrypted === 0) {
    throw new FormatError('wrong-password', 'Wrong password for this Authenticator backup.');
  }
  return { format: 'authenticator-extension', accounts, failed };
}

function orderOf(value: unknown, place: number): number {
  const index = isObject(value) ? value.index : undefined;
  // Entries without a usable index keep their place after the indexed ones.
  return typeof index === 'number' && Number.isSafeInteger(index) && index >= 0
    ? index
    : Number.MAX_SAFE_INTEGER - 1_000_000 + place;
}

/** What the extension itself accepts as a decrypted secret (wrong keys give other text). */
function looksLikeSecret(secret: string): boolean {
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
function fieldsOf(entry: JsonObject, rawSecret: unknown): EntryFields {
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
  const bytes = new Uint8Array(even.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = Number.parseInt(even.slice(index * 2, index * 2 + 2), 16);
  }
  return bytes.length === 0 ? null : encodeBase32(bytes);
}

export const authenticatorExtensionImporter: FileImporter = {
  format: 'authenticator-extension',
  detect,
  read,
};
