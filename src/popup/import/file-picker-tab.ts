import browser from 'webextension-polyfill';
import { isToolbarPopup } from '../logic/toolbar-popup';

/**
 * Firefox closes its toolbar popup as soon as a file picker opens, and the chosen file goes
 * nowhere. There, "Choose image file" opens this same page in a tab,
 * already on "Import QR code image", where the picker works; drop and paste keep working in
 * the popup itself. Chrome keeps its popup open under the picker.
 */
const IMPORT_IMAGE_PARAM = 'import-image';
const RESTORE_PARAM = 'restore';

/** This page was opened for the picker: it starts on "Import QR code image". */
export function opensOnImageImport(search: string): boolean {
  return new URLSearchParams(search).has(IMPORT_IMAGE_PARAM);
}

/** Whether the picker must be used from a tab: in Firefox's toolbar popup. */
export async function pickerNeedsTab(): Promise<boolean> {
  if (!browser.runtime.getURL('/').startsWith('moz-extension:')) return false;
  return isToolbarPopup();
}

/** This page was opened for "Restore from backup", whose file picker needs a tab too. */
export function opensOnRestore(search: string): boolean {
  return new URLSearchParams(search).has(RESTORE_PARAM);
}

export function openImageImportInTab(): Promise<void> {
  return openInTab(IMPORT_IMAGE_PARAM);
}

export function openRestoreInTab(): Promise<void> {
  return openInTab(RESTORE_PARAM);
}

async function openInTab(param: string): Promise<void> {
  const url = new URL(location.href);
  url.search = `?${param}`;
  await browser.tabs.create({ url: url.href });
  window.close();
}
