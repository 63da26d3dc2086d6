import { unlockKey, unlockOldKey } from './authenticator-extension-keys';
import { fieldsOf, looksLikeSecret } from './authenticator-extension-entry';
import { parsedFile } from './collect';
import { decryptCryptoJsAes } from './cryptojs-aes';
import { readEntry, type EntryResult } from './entry';
import { fileError } from './file-errors';
import { head, isObject, peekJson, readJson, type JsonObject } from './json';
import { type FileImporter, type ImportFileInput, type ParsedFile } from './types';

/**
 * The backup of the "Authenticator" browser extension: a JSON object keyed by each entry's
 * hash (a UUID in recent versions), values `{ secret, issuer?, account?, type, counter?,
 * period?, digits?, algorithm?, encrypted, hash, index, note? }` (its OTPStorage).
 *
 * - type: totp | hotp | battle (Blizzard: TOTP, 8 digits) | steam | hex | hhex (TOTP / HOTP
 *   with a hexadecimal secret). Like the extension, a totp/hotp secret that is hex but not
 *   base32 is read as hex, and `stm-` / `blz-` / `bliz-` prefixes mean Steam / Blizzard.
 * - Encrypted backups: `encrypted: true` entries (a CryptoJS-encrypted secret) and
 *   `EncOTPStorage` entries (the whole entry, CryptoJS-encrypted JSON); the passphrase behind
 *   each of the extension's three schemes is in authenticator-extension-keys.ts.
 * Other records (keys, settings, groups) are not accounts and are skipped.
 */

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

async function read(input: ImportFileInput): Promise<ParsedFile> {
  const file = readJson(input.text);
  if (!isObject(file)) throw fileError('malformed', 'it is not a JSON object');
  // v2 keeps its key under "key"; its first versions spread `enc` and `hash` at the top.
  const topLevelKey = typeof file.enc === 'string' && typeof file.hash === 'string';
  const oldKey = isObject(file.key) ? file.key : topLevelKey ? file : null;
  const skipped = new Set(['key', 'UserSettings', ...(topLevelKey ? ['enc', 'hash'] : [])]);
  const ordered = Object.entries(file)
    .filter(
      ([key, value]) =>
        !skipped.has(key) &&
        !(isObject(value) && typeof value.dataType === 'string' && notAccounts.has(value.dataType)),
    )
    .map(([, value], place) => ({ value, place }))
    .sort((a, b) => orderOf(a.value, a.place) - orderOf(b.value, b.place))
    .map(({ value }) => value);

  const password = input.password ?? '';
  const needsPassword = ordered.some(
    (value) => isObject(value) && (value.encrypted === true || value.dataType === 'EncOTPStorage'),
  );
  if (needsPassword && password === '') {
    throw fileError('password-needed');
  }
  const passphrases = new Passphrases(file, oldKey, password);
  const results: EntryResult[] = [];
  const tally = { tried: 0, opened: 0 };
  for (const [index, value] of ordered.entries()) {
    results.push(await readRecord(value, index + 1, passphrases, tally));
  }
  if (tally.tried > 0 && tally.opened === 0) {
    throw fileError('wrong-password');
  }
  return parsedFile('authenticator-extension', results);
}

/** Each encrypted scheme's passphrase, worked out once (Argon2 is the slow part). */
class Passphrases {
  private readonly v3 = new Map<string, Promise<string | null>>();
  private v2: Promise<string | null> | null = null;

  constructor(
    private readonly file: JsonObject,
    private readonly oldKey: JsonObject | null,
    readonly password: string,
  ) {}

  /** For `encrypted: true` secrets: the password itself (v1) or v2's key. */
  forSecrets(): Promise<string | null> {
    if (this.oldKey === null) return Promise.resolve(this.password);
    this.v2 ??= unlockOldKey(this.oldKey, this.password);
    return this.v2;
  }

  /** undefined when the file has no such key record (a damaged entry, not a wrong password). */
  forKey(keyId: unknown): Promise<string | null> | undefined {
    if (typeof keyId !== 'string' || !Object.hasOwn(this.file, keyId)) return undefined;
    const record = this.file[keyId];
    if (!isObject(record) || record.dataType !== 'Key' || record.id !== keyId) return undefined;
    let passphrase = this.v3.get(keyId);
    if (passphrase === undefined) {
      if (this.v3.size >= MAX_KEYS) {
        throw fileError('too-large', 'it has too many keys');
      }
      passphrase = unlockKey(record, this.password);
      this.v3.set(keyId, passphrase);
    }
    return passphrase;
  }
}

// A backup has one key per passphrase the vault has had; more is no real backup.
const MAX_KEYS = 8;

async function readRecord(
  value: unknown,
  position: number,
  passphrases: Passphrases,
  tally: { tried: number; opened: number },
): Promise<EntryResult> {
  const broken: EntryResult = {
    ok: false,
    failure: { label: `entry ${position}`, code: 'malformed-entry' },
  };
  let record = value;
  if (isObject(value) && value.dataType === 'EncOTPStorage') {
    const unlocking = passphrases.forKey(value.keyId);
    if (unlocking === undefined || typeof value.data !== 'string') return broken;
    tally.tried++;
    const passphrase = await unlocking;
    if (passphrase === null)
      return { ok: false, failure: { ...broken.failure, code: 'bad-secret' } };
    const text = await decryptCryptoJsAes(value.data, passphrase);
    const inner = text === null ? undefined : peekInner(text);
    if (!isObject(inner)) return { ok: false, failure: { ...broken.failure, code: 'bad-secret' } };
    tally.opened++;
    record = { ...value, ...inner, encrypted: false };
  }
  if (!isEntry(record)) return broken;
  if (record.encrypted !== true) return readEntry(fieldsOf(record, record.secret), position);
  tally.tried++;
  const passphrase = await passphrases.forSecrets();
  const secret =
    passphrase === null ? null : await decryptCryptoJsAes(record.secret as string, passphrase);
  const usable = secret !== null && looksLikeSecret(secret);
  if (usable) tally.opened++;
  return readEntry(fieldsOf(record, usable ? secret : null), position);
}

/** An EncOTPStorage's decrypted JSON; undefined when it is not JSON (a wrong key's output). */
function peekInner(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function orderOf(value: unknown, place: number): number {
  const index = isObject(value) ? value.index : undefined;
  // Entries without a usable index keep their place after the indexed ones.
  return typeof index === 'number' && Number.isSafeInteger(index) && index >= 0
    ? index
    : Number.MAX_SAFE_INTEGER - 1_000_000 + place;
}

export const authenticatorExtensionImporter: FileImporter = {
  format: 'authenticator-extension',
  detect,
  read,
};
