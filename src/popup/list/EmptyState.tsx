import { t } from '../../shared/i18n';

/** No accounts yet: how to add one. */
export function EmptyState() {
  return (
    <section class="empty" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{t('popupEmptyHeading')}</h2>
      <p>{t('popupEmptyCapture')}</p>
      <p>{t('popupEmptyByHand')}</p>
    </section>
  );
}
