import { useEffect } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { readEvent, type PageEvents } from '../shared/protocol/events';

/**
 * Calls `wipe` when shown secrets must go: the vault locks (anywhere: auto-lock, the Lock
 * button, the system), the page is left, or its tab is hidden.
 */
export function useWipeOnHide(wipe: () => void): void {
  useEffect(() => {
    const onMessage = (message: unknown) => {
      if (readEvent<PageEvents>(message, ['vault/locked']) === 'vault/locked') wipe();
      return undefined;
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') wipe();
    };
    browser.runtime.onMessage.addListener(onMessage);
    window.addEventListener('pagehide', wipe);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      window.removeEventListener('pagehide', wipe);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [wipe]);
}
