import { UNLOCK_THEN_CLOSE } from '../../shared/capture-window';

/**
 * The popup opened in a window by "Save to Authenticator" on a locked (or not yet created)
 * vault (background/capture/unlock-window.ts). Once the vault is open, the page's
 * prompt goes on by itself, so the window closes.
 */
export function closeIfOpenedForCapture() {
  if (new URLSearchParams(location.search).has(UNLOCK_THEN_CLOSE)) window.close();
}
