import { CLIPBOARD_READ_PERMISSION } from '../core/clipboard-clearing';
import { webext } from './webext';

/**
 * The optional `clipboardRead` permission, as the popup and Options see it: clearing a copied
 * code needs it (core/clipboard-clearing.ts), and it is asked for only when first needed, so
 * installing shows no "Read data you copy and paste" warning.
 */

/** storage.local: the popup asked once already (whatever the answer); Options asks after that. */
const ASKED_KEY = 'clipboardReadAsked';

export function hasClipboardRead(): Promise<boolean> {
  return webext.permissions.contains({ permissions: [CLIPBOARD_READ_PERMISSION] });
}

/**
 * Must be called synchronously in a click or key handler: Firefox grants an optional
 * permission only while it handles the user's input, and refuses it after any await.
 * Resolves false when refused or when the browser would not ask.
 */
export function requestClipboardRead(): Promise<boolean> {
  return webext.permissions
    .request({ permissions: [CLIPBOARD_READ_PERMISSION] })
    .catch(() => false);
}

export async function askedForClipboardRead(): Promise<boolean> {
  const stored: unknown = (await webext.storage.local.get(ASKED_KEY))[ASKED_KEY];
  return stored === true;
}

export async function rememberClipboardReadAsked(): Promise<void> {
  await webext.storage.local.set({ [ASKED_KEY]: true });
}

/** Calls `listener` whenever the permission is granted or taken back (chrome://extensions). */
export function watchClipboardRead(listener: () => void): () => void {
  const onChange = (change: { permissions?: string[] }) => {
    if (change.permissions?.includes(CLIPBOARD_READ_PERMISSION) === true) listener();
  };
  webext.permissions.onAdded.addListener(onChange);
  webext.permissions.onRemoved.addListener(onChange);
  return () => {
    webext.permissions.onAdded.removeListener(onChange);
    webext.permissions.onRemoved.removeListener(onChange);
  };
}
