import browser from 'webextension-polyfill';
import { CLIPBOARD_READ_PERMISSION } from '../core/clipboard-clearing';

/**
 * The background's one check of the optional `clipboardRead` permission: asked at every
 * copy, so a grant or a removal in the browser applies to the next copy, with no restart.
 */
export function canReadClipboard(): Promise<boolean> {
  return browser.permissions.contains({ permissions: [CLIPBOARD_READ_PERMISSION] });
}

/** Taken back (chrome://extensions, about:addons): a pending clear could no longer check. */
export function onClipboardReadRemoved(listener: () => void): void {
  browser.permissions.onRemoved.addListener((removed) => {
    if (removed.permissions?.includes(CLIPBOARD_READ_PERMISSION) === true) listener();
  });
}
