import { t } from '../../shared/i18n';
import type { ImportedAccountFailure } from '../../shared/model/imports';
import { accountLabel } from '../../shared/account-label';
import { failureReason } from './logic/failure-reason';

/**
 * Accounts of an export that cannot be imported, each with its reason (DESIGN 4.7:
 * bad input is said, not silently dropped).
 */
export function FailedAccounts({ failed }: { readonly failed: readonly ImportedAccountFailure[] }) {
  if (failed.length === 0) return null;
  return (
    <section class="failed" aria-labelledby="import-failed-heading">
      <h2 id="import-failed-heading">{t('popupNotImported', String(failed.length))}</h2>
      <ul>
        {failed.map((failure, index) => (
          <li key={index}>
            <span class="failed-name">{accountLabel(failure) || t('popupUnnamedAccount')}</span>
            {': '}
            {t(failureReason(failure))}
          </li>
        ))}
      </ul>
    </section>
  );
}
