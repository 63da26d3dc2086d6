import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n';
import { syncPageUrl } from '../../shared/sync-page';
import { useSyncStatus } from '../../shared/use-sync-status';
import { syncIsPaused } from '../logic/sync-paused';

/**
 * The quiet "Sync is paused": sync is on but waits for the user (see syncIsPaused). One click
 * opens Options at Sync, where the reason is in words; like "Not backed up", never a nag.
 */
export function SyncPausedNote() {
  const { status } = useSyncStatus();
  if (!syncIsPaused(status)) return null;
  return (
    <p class="backup-note">
      <button
        type="button"
        class="quiet"
        onClick={() => {
          void browser.tabs.create({ url: syncPageUrl() });
          window.close();
        }}
      >
        {t('popupSyncPaused')}
      </button>
    </p>
  );
}
