import { readImportFile } from '../../core/formats';
import type { EntryDraft } from '../../core/vault';
import type { ImportFound } from '../../shared/model/imports';
import { withFileErrors } from '../file-errors';
import { vaultData } from '../vault/vault-service';
import { holdImport } from './import-holds';
import { previewOf } from './preview-import';
import { storedTwin } from '../../core/vault/stored-twin';

/**
 * Another authenticator's export file, read here (the page sends its bytes): its accounts are
 * held for the user's "Save" like a scanned QR code's, bound to no site (a file says nothing
 * trustworthy about where a code belongs), and its unreadable entries are named.
 */
export async function previewFileImport(
  name: string,
  bytes: Uint8Array,
  password: string | null,
): Promise<ImportFound> {
  const { data } = await vaultData();
  const text = new TextDecoder('utf-8').decode(bytes);
  const parsed = await withFileErrors(() => readImportFile({ name, text, bytes, password }));
  const drafts: EntryDraft[] = parsed.accounts.map((account) => ({
    issuer: account.issuer,
    account: account.account,
    params: account.params,
    note: account.note,
  }));
  return {
    status: 'accounts',
    token: holdImport(drafts, { origin: null, siteId: null }),
    accounts: drafts.map((draft) => previewOf(draft, storedTwin(data, draft) !== undefined)),
    failed: parsed.failed.map((failure) => ({
      issuer: failure.label,
      account: '',
      code: failure.code,
    })),
    origin: null,
    notDrawnByPage: false,
    siteId: null,
    batch: null,
  };
}
