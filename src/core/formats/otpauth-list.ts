import { decodeMigrationUri, MigrationError } from '../migration';
import { buildOtpauthUri, OtpauthError, parseOtpauthUri } from '../otpauth';
import { parsedFile } from './collect';
import { labelOf, readEntry, type EntryResult } from './entry';
import { stripBom } from './json';
import { entryCodeOfOtpauth, entryOfMigration, fieldsOf } from './uri-entry';
import type {
  FailedEntry,
  FileImporter,
  ImportedAccount,
  ImportFileInput,
  ParsedFile,
} from './types';

/**
 * A text file of otpauth:// URIs, one a line (what many apps export as "plain text", and what
 * writeOtpauthList writes). Blank lines and lines starting with '#' are skipped; a Google
 * Authenticator export line (otpauth-migration://) brings all its accounts.
 */

const uriStart = /^otpauth(?:-migration)?:\/\//i;

function contentLines(text: string): { readonly line: string; readonly number: number }[] {
  return stripBom(text)
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '' && !line.startsWith('#'));
}

function detect(input: ImportFileInput): boolean {
  try {
    // Only the first line that says anything decides: a cheap look, not a parse.
    const first = /^\s*(?:#[^\n]*\n\s*)*([^\n]{0,32})/.exec(stripBom(input.text).slice(0, 65_536));
    return first?.[1] !== undefined && uriStart.test(first[1].trim());
  } catch {
    return false;
  }
}

function read(input: ImportFileInput): Promise<ParsedFile> {
  const results: EntryResult[] = [];
  let position = 0;
  const take = (result: EntryResult) => results.push(result);
  const fail = (failure: FailedEntry) => results.push({ ok: false, failure });
  for (const { line, number } of contentLines(input.text)) {
    if (/^otpauth-migration:/i.test(line)) {
      let accountsOfLine;
      try {
        accountsOfLine = decodeMigrationUri(line).accounts;
      } catch (error) {
        if (!(error instanceof MigrationError)) throw error;
        position++;
        fail({ label: `line ${number}`, code: 'malformed-entry' });
        continue;
      }
      for (const result of accountsOfLine) take(entryOfMigration(result, ++position));
      continue;
    }
    position++;
    try {
      const result = readEntry(fieldsOf(parseOtpauthUri(line).account), position);
      if (result.ok || result.failure.label !== `entry ${position}`) take(result);
      else fail({ ...result.failure, label: `line ${number}` });
    } catch (error) {
      if (!(error instanceof OtpauthError)) throw error;
      fail({ label: lineLabel(line, number), code: entryCodeOfOtpauth(error.code) });
    }
  }
  return Promise.resolve(parsedFile('otpauth-list', results));
}

/**
 * "Issuer (account)" from the label of a URI that did not fully parse, else "line N". The label
 * is read leniently on purpose: it only names the line, it is never imported.
 */
function lineLabel(line: string, number: number): string {
  const label = /^otpauth:\/\/[^/?#]*\/([^?#]*)/i.exec(line)?.[1];
  if (label === undefined || label === '') return `line ${number}`;
  let text: string;
  try {
    text = decodeURIComponent(label);
  } catch {
    return `line ${number}`;
  }
  if (/\p{Cc}|\p{Cs}/u.test(text)) return `line ${number}`;
  const colon = text.indexOf(':');
  const issuer = colon === -1 ? '' : text.slice(0, colon).trim();
  const account = (colon === -1 ? text : text.slice(colon + 1)).trim();
  const named = labelOf(issuer, account, number);
  return named === `entry ${number}` ? `line ${number}` : named;
}

export const otpauthListImporter: FileImporter = { format: 'otpauth-list', detect, read };

/** One otpauth:// URI a line, readable by otpauthListImporter (and most authenticator apps). */
export function writeOtpauthList(accounts: readonly ImportedAccount[]): string {
  return accounts
    .map(({ issuer, account, params }) => `${buildOtpauthUri({ issuer, account, params })}\n`)
    .join('');
}
