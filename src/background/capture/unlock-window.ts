import browser from 'webextension-polyfill';
import { PASSKEY_NOW, UNLOCK_THEN_CLOSE } from '../../shared/capture-window';
import { eventMessage, type ContentEvents } from '../../shared/protocol/events';

/**
 * "Save to Authenticator" or "Fill code" on a locked vault: the passphrase is never typed into the
 * page (its scripts could read the keystrokes), so the popup opens in a small window of its
 * own; once the vault is unlocked there, the frames that were waiting are told to go on. The
 * waiting frames are kept in storage.session, so a worker that stopped meanwhile still knows.
 */

const WAITING = 'captureWaitingFrames';

interface WaitingFrame {
  readonly tabId: number;
  readonly frameId: number;
}

let windowId: number | null = null;

export async function unlockForFrame(tabId: number, frameId: number) {
  const waiting = (await readWaiting()).filter(
    (frame) => frame.tabId !== tabId || frame.frameId !== frameId,
  );
  await browser.storage.session.set({ [WAITING]: [...waiting, { tabId, frameId }] });
  await openUnlockWindow();
}

/**
 * The unlock window, brought forward if it is open. `passkey`: opened by the toolbar popup's
 * "Unlock with passkey", whose system dialog would close the popup itself.
 */
export async function openUnlockWindow({ passkey = false } = {}) {
  if (windowId !== null) {
    try {
      await browser.windows.update(windowId, { focused: true });
      return;
    } catch {
      windowId = null; // The user closed it.
    }
  }
  const opened = await browser.windows.create({
    url: browser.runtime.getURL(
      `src/popup/index.html?${UNLOCK_THEN_CLOSE}${passkey ? `&${PASSKEY_NOW}` : ''}`,
    ),
    type: 'popup',
    width: 380,
    height: 560,
  });
  windowId = opened.id ?? null;
}

/** After an unlock: the frames that waited for it go on. */
export async function resumeWaitingFrames() {
  const waiting = await readWaiting();
  await browser.storage.session.remove(WAITING);
  for (const frame of waiting) {
    browser.tabs
      .sendMessage(frame.tabId, eventMessage<keyof ContentEvents>('vault/unlocked'), {
        frameId: frame.frameId,
      })
      .catch(() => undefined); // The tab was closed or navigated meanwhile: nothing to resume.
  }
}

async function readWaiting(): Promise<WaitingFrame[]> {
  const stored: unknown = (await browser.storage.session.get(WAITING))[WAITING];
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (frame): frame is WaitingFrame =>
      typeof frame === 'object' &&
      frame !== null &&
      Number.isSafeInteger((frame as Partial<WaitingFrame>).tabId) &&
      Number.isSafeInteger((frame as Partial<WaitingFrame>).frameId),
  );
}
