import browser from 'webextension-polyfill';
import { backupPageUrl } from '../../shared/backup-page';
import { t } from '../../shared/i18n';

/**
 * The quiet "Not backed up": accounts were added since the last backup file. One click opens
 * Options at Backup; it is a note, not a nag, so it never blocks or repeats itself.
 */
export function BackupNote() {
  return (
    <p class="backup-note">
      <button
        type="button"
        class="quiet"
        aria-describedby="backup-note-hint"
        onClick={() => {
          void browser.tabs.create({ url: backupPageUrl() });
          window.close();
        }}
      >
        {t('popupNotBackedUp')}
      </button>
      <span id="backup-note-hint" class="sr-only">
        {t('popupNotBackedUpHint')}
      </span>
    </p>
  );
}
