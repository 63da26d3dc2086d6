import { decryptAndOtp } from './andotp-decrypt';
import { collectEntries, type MalformedItem } from './collect';
import type { EntryFields } from './entry';
import { fileError } from './file-errors';
import { isObject, peekJson, readJson } from './json';
import {
  MAX_IMPORT_BYTES,
  type FileImporter,
  type ImportFileInput,
  type ParsedFile,
} from './types';

/**
 * andOTP's backup (andOTP, Database/Entry.java toJSON): a JSON array of entries
 * `{ secret, issuer, label, digits, type: TOTP | HOTP | STEAM, algorithm, period | counter,
 * tags, thumbnail, ... }`; `label` is the account name (backups older than the `issuer` field
 * have no issuer). Encrypted backups are binary `.json.aes` files (andotp-decrypt.ts): they
 * need the file's bytes, `input.bytes`.
 */

export const andOtpImporter: FileImporter = {
  format: 'andotp',
  detect(input: ImportFileInput): boolean {
    const json = peekJson(input.text);
    if (json === undefined) return encryptedName(input.name) && input.bytes !== undefined;
    if (!Array.isArray(json)) return false;
    const first: unknown = json[0];
    return isObject(first) && 'secret' in first && 'type' in first;
  },
  async read(input: ImportFileInput): Promise<ParsedFile> {
    const json = peekJson(input.text);
    if (json !== undefined) return readEntries(json);
    // Text that starts like JSON and is not named as encrypted is JSON gone wrong: say how.
    if (!encryptedName(input.name) && /^\uFEFF?\s*[[{]/.test(input.text)) {
      return readEntries(readJson(input.text));
    }
    const { bytes } = input;
    if (bytes === undefined) throw fileError('malformed', 'it is neither andOTP JSON nor bytes');
    if (bytes.length > MAX_IMPORT_BYTES) throw fileError('too-large');
    if (input.password === null) throw fileError('password-needed');
    return readEntries(await decryptAndOtp(new Uint8Array(bytes), input.password));
  },
};

function encryptedName(name: string): boolean {
  return /\.aes$/i.test(name.trim());
}

function readEntries(json: unknown): ParsedFile {
  if (!Array.isArray(json)) throw fileError('malformed', 'it is not a list of entries');
  return collectEntries('andotp', json, entryFields);
}

function entryFields(item: unknown): EntryFields | MalformedItem {
  if (!isObject(item)) return { malformed: true };
  return {
    issuer: item.issuer,
    account: item.label,
    secret: item.secret,
    type: item.type,
    algorithm: item.algorithm,
    digits: item.digits,
    period: item.period,
    counter: item.counter,
  };
}
