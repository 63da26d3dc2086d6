import { clearsCopiedCode } from '../core/clipboard-clearing';
import { asyncClipboard } from './clipboard-access';
import {
  cancelInOffscreenDocument,
  clearLaterInOffscreenDocument,
  copyInOffscreenDocument,
} from './clipboard-chrome';
import { cancelAlarmClear, clearLaterWithAlarm, watchClearAlarm } from './clipboard-firefox';
import { canReadClipboard, onClipboardReadRemoved } from './clipboard-permission';

/**
 * Clears a copied code from the clipboard after the configured delay, only if the clipboard
 * still holds that code (DESIGN 4.6). A code gets there two ways only: the popup writes it on
 * the user's click and tells us, or "Also copy the code after filling" has us write it
 * (fill/copy-after-fill.ts, only a code the filled frame was offered). Nothing else here
 * reads or writes the clipboard.
 */

interface ClearBackend {
  copy(code: string): Promise<void>;
  clearLater(code: string, delayMs: number): Promise<void>;
  cancel(): Promise<void>;
}

/**
 * Chosen at build time (`__BROWSER__`, vite.config.ts), so each bundle carries only its own
 * backend: Chrome's service worker clears through an offscreen document, which Firefox lacks
 * (its add-on linter flags any `chrome.offscreen` use); Firefox's event page has a document
 * and an alarm. Without a document there (never expected) nothing is copied or cleared.
 */
const backend: ClearBackend | null =
  __BROWSER__ === 'chrome'
    ? {
        copy: copyInOffscreenDocument,
        clearLater: clearLaterInOffscreenDocument,
        cancel: cancelInOffscreenDocument,
      }
    : typeof document === 'undefined'
      ? null
      : {
          copy: (code) => asyncClipboard(navigator.clipboard).writeText(code),
          clearLater: clearLaterWithAlarm,
          cancel: cancelAlarmClear,
        };

/**
 * Firefox's event page clears through an alarm; its listener is registered at start-up
 * (lifecycle.ts), as an event page needs it then to be woken by the alarm later. So is the
 * one that forgets a pending clear when the user takes clipboard reading back.
 */
export function watchClipboardClear(): void {
  if (!backend) return;
  if (__BROWSER__ === 'firefox') watchClearAlarm();
  const clearer = backend;
  onClipboardReadRemoved(() => void clearer.cancel());
}

/**
 * "Also copy the code after filling": the background writes it, since a page that
 * was filled automatically had no click, and browsers refuse a page's clipboard write then.
 */
export async function copyThenScheduleClear(code: string, seconds: number): Promise<void> {
  if (!backend) return;
  await backend.copy(code);
  await scheduleClipboardClear(code, seconds);
}

/**
 * A newer copy replaces the pending clear; `seconds` 0 ("never") leaves nothing pending, and
 * so does a copy without `clipboardRead`: the code stays, as we could not check it is ours.
 */
export async function scheduleClipboardClear(code: string, seconds: number): Promise<void> {
  if (!backend) return;
  if (code !== '' && clearsCopiedCode(seconds, await canReadClipboard())) {
    await backend.clearLater(code, seconds * 1000);
  } else {
    await backend.cancel();
  }
}
