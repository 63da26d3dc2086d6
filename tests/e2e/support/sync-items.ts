import type { TestPage } from './test-page';

/**
 * The extension's storage.sync items in one browser profile, read and written from one of its
 * own pages (`extensionPage`: any page of the extension, which has the full extension API in
 * both browsers). The browsers' sync service is not reachable from the test machines: tests
 * carry these items from one profile to another themselves.
 */
export type SyncItems = Record<string, unknown>;

export function readSyncItems(extensionPage: TestPage): Promise<SyncItems> {
  return extensionPage.evaluate<SyncItems>(() => chrome.storage.sync.get(null));
}

/**
 * Makes the profile's storage.sync hold exactly `items`, as the browser's sync service would
 * deliver them: changed items written, items gone removed. Never cleared first: a round the
 * first change starts must not find an empty area (it would publish this profile's set again).
 */
export async function replaceSyncItems(extensionPage: TestPage, items: SyncItems): Promise<void> {
  await extensionPage.evaluate(async (wanted) => {
    const present = await chrome.storage.sync.get(null);
    await chrome.storage.sync.set(wanted);
    const gone = Object.keys(present).filter((name) => !(name in wanted));
    if (gone.length > 0) await chrome.storage.sync.remove(gone);
  }, items);
}

/** One profile's items, carried to the other as they are; returns them. */
export async function carrySyncItems(from: TestPage, to: TestPage): Promise<SyncItems> {
  const items = await readSyncItems(from);
  await replaceSyncItems(to, items);
  return items;
}

/** An item the background keeps in storage.local (sync's status, its setup), for waiting on. */
export function readLocalItem(extensionPage: TestPage, name: string): Promise<unknown> {
  return extensionPage.evaluate(async (key) => (await chrome.storage.local.get(key))[key], name);
}
