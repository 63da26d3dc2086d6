import browser, { type Tabs } from 'webextension-polyfill';

/**
 * Whether this page is the toolbar popup: the one page of ours with no tab (a tab, or the
 * unlock window's, answers `tabs.getCurrent`). The toolbar popup closes when the browser
 * opens a file picker (Firefox) or a passkey dialog, so those run elsewhere.
 */
export async function isToolbarPopup(): Promise<boolean> {
  // The polyfill's type leaves out the undefined a tab-less page gets.
  const current = (await browser.tabs.getCurrent()) as Tabs.Tab | undefined;
  return current === undefined;
}
