import { t } from '../../shared/i18n';
import type { ImportBatchProgress } from '../../shared/model/imports';

/**
 * "QR codes read: 2 of 3" for a Google Authenticator export spread over several QR codes.
 * What was read is kept for ten minutes, so the rest can follow from other
 * images or another scan; what is here can also be saved now.
 */
export function BatchProgress({
  batch,
  onAddNext,
}: {
  readonly batch: ImportBatchProgress;
  readonly onAddNext: () => void;
}) {
  return (
    <div class="batch">
      <p>{t('popupBatchProgress', String(batch.scanned.length), String(batch.size))}</p>
      {batch.missing.length > 0 && (
        <>
          <p class="hint">{t('popupBatchMissing', batch.missing.join(', '))}</p>
          <button type="button" onClick={onAddNext}>
            {t('popupAddNextQr')}
          </button>
        </>
      )}
    </div>
  );
}
