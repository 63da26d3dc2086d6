import { useCallback, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { MigrationExport } from '../shared/model/export';
import { ExportCodes } from './ExportCodes';
import { ExportForm } from './ExportForm';
import { useExportAccounts } from './use-export-accounts';
import { useWipeOnHide } from './use-wipe';

/**
 * "Move to phone" (DESIGN 4.9): the chosen accounts as Google Authenticator export QR codes,
 * after the passphrase is given again. The codes live in this component's state only: gone
 * on "Done", on a lock and when the page is hidden; nothing of them is stored.
 */
export function MoveToPhoneApp() {
  const load = useExportAccounts();
  // The codes on show, or 'hidden' once they were wiped (the page says so).
  const [codes, setCodes] = useState<MigrationExport | 'hidden' | null>(null);
  const result = codes === 'hidden' ? null : codes;

  const wipe = useCallback(() => {
    setCodes((shown) => (shown === null ? null : 'hidden'));
  }, []);
  useWipeOnHide(wipe);

  return (
    <>
      <h1>{t('exportMoveToPhone')}</h1>
      {load.kind === 'locked' && <p role="status">{t('exportLocked')}</p>}
      {load.kind === 'failed' && <p role="alert">{t('exportLoadFailed')}</p>}
      {load.kind === 'ready' && load.accounts.length === 0 && <p>{t('exportNoAccounts')}</p>}
      {load.kind === 'ready' && result && <ExportCodes result={result} onDone={wipe} />}
      {load.kind === 'ready' && !result && load.accounts.length > 0 && (
        <ExportForm accounts={load.accounts} onExported={setCodes} />
      )}
      <p role="status" class="hint">
        {codes === 'hidden' ? t('exportHidden') : ''}
      </p>
    </>
  );
}
