import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { MigrationExport } from '../shared/model/export';
import { accountLabel } from '../shared/account-label';
import { QrCode } from './QrCode';

interface ExportCodesProps {
  readonly result: MigrationExport;
  readonly onDone: () => void;
}

/** The QR codes, each captioned "QR 1 of 3", and the accounts they could not carry. */
export function ExportCodes({ result, onDone }: ExportCodesProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen reader users land on what just appeared.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const count = String(result.batches.length);
  return (
    <section aria-labelledby="codes-heading" class="codes">
      <h2 id="codes-heading" tabIndex={-1} ref={heading}>
        {t('exportCodesHeading')}
      </h2>
      <p class="warning">{t('exportWarning')}</p>
      {result.batches.length > 0 && <p>{t('exportIntro')}</p>}
      {result.unrepresentable.length > 0 && (
        <div class="unrepresentable">
          <p>{t('exportUnrepresentable')}</p>
          <ul>
            {result.unrepresentable.map((account) => (
              <li key={account.id}>{accountLabel(account)}</li>
            ))}
          </ul>
        </div>
      )}
      <ol class="qr-list">
        {result.batches.map((text, index) => {
          const caption = t('exportQrCaption', String(index + 1), count);
          return (
            <li key={text}>
              <figure>
                <QrCode text={text} label={caption} />
                <figcaption>{caption}</figcaption>
              </figure>
            </li>
          );
        })}
      </ol>
      <button type="button" class="primary" onClick={onDone}>
        {t('exportDone')}
      </button>
    </section>
  );
}
