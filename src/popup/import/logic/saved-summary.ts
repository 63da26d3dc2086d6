import type { ImportSaved } from '../../../shared/model/imports';
import type { LocalText } from './found-message';

/**
 * What saving did, for the list's announcement: how many were added, and how many
 * were already in the vault (skipped, not added twice). `firstName` names a single account.
 */
export function savedSummary(saved: ImportSaved, firstName: string): LocalText[] {
  const added = saved.added.length;
  const parts: LocalText[] = [];
  if (added === 1) parts.push({ key: 'popupImportSavedOne', substitutions: [firstName] });
  if (added > 1) parts.push({ key: 'popupImportSavedMany', substitutions: [String(added)] });
  if (added === 0) parts.push({ key: 'popupImportNothingNew', substitutions: [] });
  else if (saved.alreadyStored === 1)
    parts.push({ key: 'popupImportAlreadyOne', substitutions: [] });
  else if (saved.alreadyStored > 1) {
    parts.push({ key: 'popupImportAlreadyMany', substitutions: [String(saved.alreadyStored)] });
  }
  return parts;
}
