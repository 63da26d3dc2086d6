import { t } from '../../shared/i18n';
import { accountLabel } from '../../shared/account-label';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Icon } from '../ui/Icon';
import { useFillOnPage } from './use-fill-on-page';

interface FillOnPageProps {
  readonly describe: (error: unknown) => string | null;
  readonly announce: (text: string) => void;
}

/**
 * The list view's "Fill code on this page": the code of the account bound to the
 * active tab's site goes into its code field; with several, the user picks one here. The
 * button keeps its name while it works, so focus and the accessible name never move.
 */
export function FillOnPage({ describe, announce }: FillOnPageProps) {
  const { view, fill } = useFillOnPage(describe, announce);
  return (
    <div class="import-tools">
      <div class="import-buttons">
        <button
          type="button"
          class="tool"
          aria-busy={view.kind === 'busy'}
          onClick={() => void fill(null)}
        >
          <Icon name="fill" />
          <span>{t('popupFillPage')}</span>
        </button>
      </div>
      <p class="hint" role="status">
        {view.kind === 'busy' && t('popupFilling')}
        {view.kind === 'said' && view.tone === 'done' && view.text}
        {view.kind === 'choose' && t('popupFillChooseHeading')}
      </p>
      {view.kind === 'choose' && (
        <div class="import-buttons" role="group" aria-label={t('popupFillChooseHeading')}>
          {view.accounts.map((account) => (
            <button
              key={account.id}
              type="button"
              class="tool"
              onClick={() => void fill(account.id)}
            >
              {t('popupFillChoice', accountLabel(account))}
            </button>
          ))}
        </div>
      )}
      {view.kind === 'said' && view.tone === 'warning' && (
        <p class="warning" role="alert">
          {view.text}
        </p>
      )}
      <ErrorAlert message={view.kind === 'said' && view.tone === 'problem' ? view.text : null} />
    </div>
  );
}
