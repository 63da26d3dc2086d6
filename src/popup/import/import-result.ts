import { t } from '../../shared/i18n';
import type { ImportFound } from '../../shared/model/imports';
import { foundMessage } from './logic/found-message';

export type FoundAccounts = Extract<ImportFound, { status: 'accounts' }>;

/** Accounts to confirm, or the sentence that says why there are none. */
export function importResult(
  found: ImportFound,
  source: 'page' | 'image',
): { readonly accounts: FoundAccounts } | { readonly problem: string } {
  if (found.status === 'accounts') return { accounts: found };
  const { key, substitutions, detail } = foundMessage(found, source);
  const said = detail === undefined ? substitutions : [...substitutions, t(detail)];
  return { problem: t(key, ...said) };
}
