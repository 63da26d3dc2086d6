import browser from 'webextension-polyfill';
import { onUnlock } from '../vault/vault-service';

/**
 * "Save to Authenticator" on a locked vault (issue 5): the passphrase is never typed into the
 * page (its scripts could read the keystrokes), so the popup opens in a small window of its
 * own; once the vault is unlocked there, the frames that were waiting are told to go on.
 */

export const UNLOCK_THEN_CLOSE = 'unlock-then-close';
const waiting = new Map<string, { readonly tabId: number; readonly frameId: number }>();
let windowId: number | null = null;

onUnlock(() => {
  for (const frame of waiting.values()) {
    browser.tabs
      .sendMessage(
        frame.tabId,
        { type: 'vault/unlocked', payload: null },
        { frameId: frame.frameId },
      )
      .catch(() => undefined); // The tab was closed or navigated meanwhile: nothing to resume.
  }
  waiting.clear();
});

export async function unlockForFrame(tabId: number, frameId: number) {
  waiting.set(`${tabId}:${frameId}`, { tabId, frameId });
  if (windowId !== null) {
    try {
      await browser.windows.update(windowId, { focused: true });
      return;
    } catch {
      windowId = null; // The user closed it.
    }
  }
  const opened = await browser.windows.create({
    url: browser.runtime.getURL(`src/popup/index.html?${UNLOCK_THEN_CLOSE}`),
    type: 'popup',
    width: 380,
    height: 560,
  });
  windowId = opened.id ?? null;
}
