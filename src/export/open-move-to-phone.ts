import browser from 'webextension-polyfill';

/** The "Move to phone" page, an extension page of its own (built from this path). */
export const MOVE_TO_PHONE_PAGE = 'src/export/move-to-phone.html';

/** Opened in a tab: the popup is too small for several QR codes, and closes on focus loss. */
export async function openMoveToPhone(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(MOVE_TO_PHONE_PAGE) });
}
