import { t } from '../shared/i18n';
import { openMoveToPhone } from '../export/open-move-to-phone';

/** Options -> "Move to phone": the page that shows accounts as QR codes for a phone app. */
export function MoveToPhoneSection() {
  return (
    <section aria-labelledby="move-heading">
      <h2 id="move-heading">{t('exportMoveToPhone')}</h2>
      <p class="hint">{t('optionsMoveToPhoneHint')}</p>
      <button type="button" onClick={() => void openMoveToPhone()}>
        {t('exportMoveToPhone')}
      </button>
    </section>
  );
}
