import browser from 'webextension-polyfill';
import { syncPortals } from './portal-service';

/**
 * Keeps the portals' content scripts in step with the stored list: at browser start
 * and install or update (an update can rename the built content script), and when the user
 * grants or takes back a host permission in the browser's own UI. Call once, synchronously,
 * when the background starts, so a restarted worker still gets these events.
 */
export function watchPortals(): void {
  const sync = () => {
    syncPortals().catch((error: unknown) => {
      console.error(
        'Portal content scripts not synced:',
        error instanceof Error ? error.name : 'error',
      );
    });
  };
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}
