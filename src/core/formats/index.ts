import { aegisImporter } from './aegis';
import { andOtpImporter } from './andotp';
import { authenticatorExtensionImporter } from './authenticator-extension';
import { bitwardenImporter } from './bitwarden';
import { fileError } from './file-errors';
import { forgetJson, readJson, stripBom } from './json';
import { otpauthListImporter } from './otpauth-list';
import { twoFasImporter } from './twofas';
import {
  MAX_IMPORT_BYTES,
  type FileImporter,
  type ImportFileInput,
  type ParsedFile,
} from './types';

/**
 * Every importer, most specific detector first: a file goes to the first that recognises it.
 * Each detect() also refuses the others' files, so the order only matters for speed and for
 * damaged files.
 */
const importers: readonly FileImporter[] = [
  aegisImporter,
  twoFasImporter,
  andOtpImporter,
  bitwardenImporter,
  authenticatorExtensionImporter,
  otpauthListImporter,
];

/** UTF-8 size without encoding the whole text when its length already settles it. */
function tooLarge(text: string): boolean {
  if (text.length > MAX_IMPORT_BYTES) return true;
  if (text.length * 3 <= MAX_IMPORT_BYTES) return false;
  return new TextEncoder().encode(text).length > MAX_IMPORT_BYTES;
}

/** Reads another app's export: accounts to preview and the entries that could not be read. */
export async function readImportFile(input: ImportFileInput): Promise<ParsedFile> {
  // Callers across a message boundary are not type-checked.
  if (typeof input.text !== 'string') throw fileError('unknown-format', 'it has no text');
  if (tooLarge(input.text)) {
    throw fileError('too-large', `at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  }
  try {
    const importer = importers.find((candidate) => candidate.detect(input));
    if (!importer) {
      // JSON no detector can recognise because it stops half-way: say it was cut short.
      if (/^\s*[[{]/.test(stripBom(input.text))) readJson(input.text);
      throw fileError(
        'unknown-format',
        'it is none of Aegis, 2FAS, andOTP, Bitwarden JSON, the Authenticator extension, or a list of otpauth:// links',
      );
    }
    const parsed = await importer.read(input);
    if (parsed.accounts.length === 0 && parsed.failed.length === 0) {
      throw fileError('no-accounts');
    }
    return parsed;
  } finally {
    forgetJson();
  }
}

export { FormatError, MAX_IMPORT_BYTES } from './types';
export type { FailedEntry, ImportedAccount, ImportFileInput, ParsedFile } from './types';
export { writeOtpauthList } from './otpauth-list';
