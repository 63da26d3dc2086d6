import { MAX_IMPORT_BYTES } from '../../core/formats/types';
import { t } from '../../shared/i18n';
import { sendFromPage } from '../../shared/send';
import { imageFileToDataUrl } from '../../popup/import/image-file';
import { importResult, type FoundAccounts } from '../../popup/import/import-result';

/** What the chosen or dropped files hold: accounts to confirm, each file's problem said. */
export interface ReadFiles {
  readonly found: readonly FoundAccounts[];
  readonly problems: readonly string[];
}

/**
 * Each file goes to the worker, which tells its format and reads it: an image as a QR code
 * (several Google Authenticator export images add up to one export), anything else as an
 * app's export file, with the password when one was typed.
 */
export async function readImportFiles(
  files: readonly File[],
  password: string,
  describe: (error: unknown) => string,
): Promise<ReadFiles> {
  const found: FoundAccounts[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      const result = file.type.startsWith('image/')
        ? importResult(
            await sendFromPage('import/decode-image', { dataUrl: await imageFileToDataUrl(file) }),
            'image',
          )
        : await readAppFile(file, password);
      if ('accounts' in result) found.push(result.accounts);
      else problems.push(`${file.name}: ${result.problem}`);
    } catch (failure) {
      problems.push(`${file.name}: ${describe(failure)}`);
    }
  }
  return { found: mergedExports(found), problems };
}

async function readAppFile(
  file: File,
  password: string,
): Promise<{ readonly accounts: FoundAccounts } | { readonly problem: string }> {
  if (file.size > MAX_IMPORT_BYTES) return { problem: t('fileErrorTooLarge') };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const found = await sendFromPage('import/read-file', {
    name: file.name,
    base64: toBase64(bytes),
    password: password === '' ? null : password,
  });
  return importResult(found, 'image');
}

/**
 * The QR codes of one export are collected in the worker, so its latest answer holds the
 * earlier ones' accounts too: an answer a later one of the same export contains is dropped.
 */
function mergedExports(found: readonly FoundAccounts[]): FoundAccounts[] {
  const contains = (later: FoundAccounts, earlier: FoundAccounts) =>
    later.batch !== null &&
    earlier.batch !== null &&
    later.batch.size === earlier.batch.size &&
    earlier.batch.scanned.every((index) => later.batch?.scanned.includes(index)) &&
    later.accounts.length >= earlier.accounts.length;
  return found.filter(
    (result, index) => !found.slice(index + 1).some((later) => contains(later, result)),
  );
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}
