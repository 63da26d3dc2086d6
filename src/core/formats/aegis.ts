import { decryptAegisDb } from './aegis-decrypt';
import { collectEntries, type MalformedItem } from './collect';
import type { EntryFields } from './entry';
import { fileError } from './file-errors';
import { isObject, peekJson, readJson } from './json';
import type { FileImporter, ImportFileInput, ParsedFile } from './types';

export { writeAegisPlain } from './aegis-write';

/**
 * Aegis Authenticator's vault export (Aegis docs/vault.md): `{ version: 1, header, db }`.
 * `header.slots` and `header.params` both null: a plain vault, `db` is the contents object.
 * Otherwise `db` is the encrypted contents (aegis-decrypt.ts). The contents are
 * `{ version, entries }`; each entry `{ type, name, issuer, note, info }` with
 * `info = { secret (base32), algo, digits, period | counter }`.
 */

const VAULT_VERSION = 1;
/** Aegis writes contents version 3 today (groups moved to a list); 1 and 2 read the same. */
const MAX_DB_VERSION = 3;

export const aegisImporter: FileImporter = {
  format: 'aegis',
  detect(input: ImportFileInput): boolean {
    const file = peekJson(input.text);
    return (
      isObject(file) &&
      'version' in file &&
      isObject(file.header) &&
      (isObject(file.db) || typeof file.db === 'string')
    );
  },
  async read(input: ImportFileInput): Promise<ParsedFile> {
    const file = readJson(input.text);
    if (!isObject(file) || !isObject(file.header) || !('db' in file)) {
      throw fileError('malformed', 'it is not an Aegis vault');
    }
    checkVersion(file.version, VAULT_VERSION, 'vault');
    const { header, db } = file;
    const plain = (header.slots ?? null) === null && (header.params ?? null) === null;
    let contents: unknown;
    if (plain) {
      if (!isObject(db)) throw fileError('malformed', 'a plain vault whose db is not an object');
      contents = db;
    } else {
      if (typeof db !== 'string') throw fileError('malformed', 'an encrypted vault without data');
      if (input.password === null) throw fileError('password-needed');
      contents = await decryptAegisDb(header, db, input.password);
    }
    return readContents(contents);
  },
};

function readContents(contents: unknown): ParsedFile {
  if (!isObject(contents)) throw fileError('malformed', 'its contents are not an object');
  checkVersion(contents.version, MAX_DB_VERSION, 'contents');
  if (!Array.isArray(contents.entries)) throw fileError('malformed', 'it has no list of entries');
  return collectEntries('aegis', contents.entries, entryFields);
}

function checkVersion(version: unknown, newest: number, what: string): void {
  if (!Number.isInteger(version) || (version as number) < 1) {
    throw fileError('malformed', `its ${what} version is not a number`);
  }
  if ((version as number) > newest) throw fileError('unknown-version');
}

function entryFields(item: unknown): EntryFields | MalformedItem {
  if (!isObject(item)) return { malformed: true };
  const { info } = item;
  if (!isObject(info)) return { malformed: true, issuer: item.issuer, account: item.name };
  return {
    issuer: item.issuer,
    account: item.name,
    note: item.note,
    // An entry without a type is not Aegis's: make it fail rather than default to TOTP.
    type: item.type ?? '',
    secret: info.secret,
    algorithm: info.algo,
    digits: info.digits,
    period: info.period,
    counter: info.counter,
  };
}
