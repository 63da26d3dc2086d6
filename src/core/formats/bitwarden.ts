import { OtpauthError, parseOtpauthUri } from '../otpauth';
import { decryptPasswordProtected } from './bitwarden-protected';
import { parsedFile } from './collect';
import { labelOf, readEntry, type EntryResult } from './entry';
import { fileError } from './file-errors';
import { head, isObject, parseDecryptedJson, peekJson, readJson, type JsonObject } from './json';
import { entryCodeOfOtpauth, fieldsOf } from './uri-entry';
import {
  type FailedEntry,
  type FileImporter,
  type ImportFileInput,
  type ParsedFile,
} from './types';

/**
 * Bitwarden's JSON export: `{ encrypted: false, folders | collections, items: [...] }`, where a
 * login item (`type: 1`) may carry `login.totp`: an otpauth:// URI, a bare base32 secret, or
 * `steam://SECRET`. Items without one are not 2FA accounts and are skipped, not failures.
 * Password-protected exports are decrypted (bitwarden-protected.ts); account-restricted ones
 * can only be read by Bitwarden itself.
 */

function detect(input: ImportFileInput): boolean {
  try {
    const json = peekJson(input.text);
    if (json === undefined) {
      // Damaged JSON: Bitwarden writes `encrypted` first, so a cut file still says what it is.
      return /^\s*\{\s*"encrypted"\s*:\s*(?:true|false)\s*,/.test(head(input.text));
    }
    return (
      isObject(json) &&
      typeof json.encrypted === 'boolean' &&
      (Array.isArray(json.items) ||
        json.passwordProtected === true ||
        typeof json.encKeyValidation_DO_NOT_EDIT === 'string')
    );
  } catch {
    return false;
  }
}

async function read(input: ImportFileInput): Promise<ParsedFile> {
  const file = readJson(input.text);
  if (!isObject(file)) throw fileError('malformed', 'it is not a JSON object');
  if (file.encrypted === true) {
    if (file.passwordProtected !== true) {
      throw fileError(
        'unsupported-encryption',
        'it is "account restricted": only the Bitwarden account that made it can read it; in Bitwarden, export again as unencrypted JSON, or as encrypted JSON protected by a password',
      );
    }
    const inner = parseDecryptedJson(await decryptPasswordProtected(file, input.password));
    if (!isObject(inner) || inner.encrypted !== false) {
      throw fileError('malformed', 'its decrypted contents are not an export');
    }
    return readItems(inner);
  }
  if (file.encrypted !== false)
    throw fileError('malformed', 'it does not say whether it is encrypted');
  return readItems(file);
}

function readItems(file: JsonObject): ParsedFile {
  if (!Array.isArray(file.items)) throw fileError('malformed', 'it has no list of items');
  return parsedFile(
    'bitwarden',
    file.items.map((item: unknown, index) => readItem(item, index + 1)),
  );
}

/** null for an item that is not a 2FA account. */
function readItem(item: unknown, position: number): EntryResult | null {
  if (!isObject(item)) {
    return { ok: false, failure: { label: `entry ${position}`, code: 'malformed-entry' } };
  }
  const login = isObject(item.login) ? item.login : null;
  const totp = login?.totp;
  // Bitwarden keeps an emptied field as '' (or blanks): no 2FA on this item.
  if (totp === undefined || totp === null || (typeof totp === 'string' && totp.trim() === ''))
    return null;
  const name = typeof item.name === 'string' ? item.name.trim() : null;
  const username = typeof login?.username === 'string' ? login.username.trim() : null;
  const note = item.notes;
  const fail = (code: FailedEntry['code']): EntryResult => ({
    ok: false,
    failure: { label: labelOf(name, username, position), code },
  });
  if (typeof totp !== 'string') return fail('malformed-entry');
  const value = totp.trim();
  if (/^otpauth:/i.test(value)) {
    try {
      const { account } = parseOtpauthUri(value);
      // A URI without an issuer still belongs to the item the user named.
      const issuer = account.issuer === '' ? (name ?? '') : account.issuer;
      return readEntry({ ...fieldsOf({ ...account, issuer }), note }, position);
    } catch (error) {
      if (error instanceof OtpauthError) return fail(entryCodeOfOtpauth(error.code));
      throw error;
    }
  }
  const steam = /^steam:\/\/(.*)$/i.exec(value);
  return readEntry(
    {
      issuer: item.name,
      account: login?.username,
      secret: steam ? steam[1] : value,
      type: steam ? 'steam' : 'totp',
      note,
    },
    position,
  );
}

export const bitwardenImporter: FileImporter = { format: 'bitwarden', detect, read };
