import type { TestPage } from './test-page';

/**
 * A page made the active tab, as the user's: opened in a window of its own from an extension
 * page (usable in beforeAll too), waited for on the browser's own load event.
 */
export function openInWindow(
  page: TestPage,
  url: string,
): Promise<{ readonly windowId: number; readonly tabId: number }> {
  return page.evaluate(async (address) => {
    const created = await chrome.windows.create({ url: address, width: 1000, height: 700 });
    const tabId = created?.tabs?.[0]?.id ?? -1;
    await new Promise<void>((resolve) => {
      const done = () => {
        chrome.tabs.onUpdated.removeListener(onUpdated);
        resolve();
      };
      const onUpdated = (id: number, change: { status?: string }) => {
        if (id === tabId && change.status === 'complete') done();
      };
      chrome.tabs.onUpdated.addListener(onUpdated);
      void chrome.tabs.get(tabId).then((tab) => {
        if (tab.status === 'complete') done();
      });
    });
    return { windowId: created?.id ?? -1, tabId };
  }, url);
}

export async function closeWindow(page: TestPage, windowId: number): Promise<void> {
  await page.evaluate((id) => chrome.windows.remove(id), windowId);
}
