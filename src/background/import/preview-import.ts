import { codeLengthOf } from '../../core/otp';
import type { EntryDraft } from '../../core/vault';
import type { ImportedAccountPreview, ImportFound } from '../../shared/model/imports';
import { vaultData } from '../vault/vault-service';
import { holdImport, type ImportBinding } from './import-holds';
import { readImportText } from './read-import';
import { storedTwin } from '../../core/vault/stored-twin';

/**
 * A decoded QR code (or none) as the popup's confirmation shows it: names and
 * whether each account is already stored, never a secret; the accounts themselves
 * stay here under the returned token.
 */
export async function previewImport(
  text: string | null,
  binding: ImportBinding,
  notDrawnByPage = false,
): Promise<ImportFound> {
  if (text === null) return { status: 'no-code' };
  const read = readImportText(text);
  if (read.kind === 'nothing') return read.found;
  const { data } = await vaultData();
  return {
    status: 'accounts',
    token: holdImport(read.drafts, binding),
    accounts: read.drafts.map((draft) => previewOf(draft, storedTwin(data, draft) !== undefined)),
    failed: read.failed,
    origin: binding.origin,
    notDrawnByPage,
    siteId: binding.siteId,
    batch: read.batch,
  };
}

export function previewOf(draft: EntryDraft, duplicate: boolean): ImportedAccountPreview {
  const { params } = draft;
  return {
    issuer: draft.issuer,
    account: draft.account,
    type: params.type,
    digits: codeLengthOf(params),
    duplicate,
  };
}
