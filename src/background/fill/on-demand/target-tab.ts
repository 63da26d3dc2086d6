import browser, { type Tabs } from 'webextension-polyfill';

/**
 * The tab a fill on demand acts on: the active tab of the window the user is in.
 * Test builds (`__TEST_HOOKS__`) may name it by id, as automation opens the popup as a tab of
 * its own (the popup's scan does the same); it must still be its window's active tab.
 */
export async function fillTargetTab(tabId: number | null): Promise<Tabs.Tab | undefined> {
  if (tabId === null) {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab;
  }
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.active ? tab : undefined;
}
