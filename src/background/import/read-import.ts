import { MigrationError, type MigrationAccountResult } from '../../core/migration';
import type { EntryDraft } from '../../core/vault';
import type {
  ImportBatchProgress,
  ImportedAccountFailure,
  ImportFound,
} from '../../shared/model/imports';
import { readQrContents } from '../capture/qr-contents';
import { collectExportQr } from './export-batches';

export type ReadImport =
  | {
      readonly kind: 'accounts';
      readonly drafts: readonly EntryDraft[];
      readonly failed: readonly ImportedAccountFailure[];
      readonly batch: ImportBatchProgress | null;
    }
  | { readonly kind: 'nothing'; readonly found: Exclude<ImportFound, { status: 'accounts' }> };

/**
 * A decoded QR code's text as what the popup can import: one otpauth:// account,
 * or the accounts of a Google Authenticator export so far (several QR codes gather by batch),
 * with the ones that cannot be imported listed with their reason, never dropped silently.
 */
export function readImportText(text: string): ReadImport {
  const contents = readQrContents(text);
  if (contents.kind === 'invalid') {
    return {
      kind: 'nothing',
      found:
        contents.reason === 'unusable' && isAuthenticatorScheme(text)
          ? { status: 'unusable', reason: contents.code }
          : { status: 'not-authenticator' },
    };
  }
  if (contents.kind === 'account') {
    return { kind: 'accounts', drafts: [contents.draft], failed: [], batch: null };
  }
  let collected;
  try {
    collected = collectExportQr(contents.batch);
  } catch (error) {
    if (!(error instanceof MigrationError)) throw error;
    return { kind: 'nothing', found: { status: 'unusable', reason: error.code } };
  }
  const { results, progress } = collected;
  return {
    kind: 'accounts',
    drafts: results.flatMap((result) => (result.ok ? [result.account] : [])),
    failed: results.flatMap(failureOf),
    batch:
      progress.batchSize > 1
        ? {
            size: progress.batchSize,
            scanned: progress.received.map((index) => index + 1),
            missing: progress.missing.map((index) => index + 1),
          }
        : null,
  };
}

function failureOf(result: MigrationAccountResult): ImportedAccountFailure[] {
  if (result.ok) return [];
  const { issuer, name, error } = result;
  return [{ issuer, account: name, code: error.code }];
}

/** otpauth: or otpauth-migration:, however damaged the rest is. */
function isAuthenticatorScheme(text: string): boolean {
  return /^\s*otpauth(-migration)?:/i.test(text);
}
