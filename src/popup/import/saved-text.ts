import { t } from '../../shared/i18n';
import type { ImportSaved } from '../../shared/model/imports';
import { savedSummary } from './logic/saved-summary';

/** The announcement after "Save", e.g. "2 accounts saved. 1 was already in the vault." */
export function savedText(saved: ImportSaved, firstName: string): string {
  return savedSummary(saved, firstName)
    .map(({ key, substitutions }) => t(key, ...substitutions))
    .join(' ');
}
