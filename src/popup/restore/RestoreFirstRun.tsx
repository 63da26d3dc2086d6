import { t } from '../../shared/i18n';
import { RestoreBackup } from './RestoreBackup';

/** The first-run screen's "Restore from backup": the restored vault becomes this browser's. */
export function RestoreFirstRun(props: {
  readonly onRestored: () => void;
  readonly onCancel: () => void;
}) {
  return (
    <div class="panel">
      <h1>{t('popupTitle')}</h1>
      <h2>{t('restoreFromBackup')}</h2>
      <RestoreBackup onRestored={props.onRestored} onCancel={props.onCancel} />
    </div>
  );
}
