import browser from 'webextension-polyfill';
import type { ActiveTabStatus, PortalStatus } from '../shared/model/portal';

/**
 * Which tab's top frame is a known portal, as its content script reported. Kept in
 * `storage.session` so a service-worker restart does not forget it (DESIGN 3), and never in
 * `storage.local`: it is browsing history.
 */

type TabPortal = NonNullable<ActiveTabStatus['portal']>;

const key = (tabId: number) => `tabPortal:${tabId}`;

export async function rememberTabPortal(tabId: number, origin: string, status: PortalStatus) {
  const value: TabPortal = { origin, ...status };
  await browser.storage.session.set({ [key(tabId)]: value });
}

export async function tabPortal(tabId: number): Promise<TabPortal | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  return isTabPortal(stored) ? stored : null;
}

/**
 * The active tab's top-frame origin when it is a portal: accounts bound to it are listed first.
 * Read by the worker's `vault/overview` and by the popup as it opens (one answer for both).
 */
export async function activeTabPortalOrigin(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id === undefined ? null : ((await tabPortal(tab.id))?.origin ?? null);
}

export async function forgetTabPortal(tabId: number) {
  await browser.storage.session.remove(key(tabId));
}

/** A new document is loading: its content script (if any) will report afresh. */
export function watchTabLifecycle() {
  browser.tabs.onRemoved.addListener((tabId) => void forgetTabPortal(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTabPortal(tabId);
  });
}

function isTabPortal(value: unknown): value is TabPortal {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const site = record.site;
  return (
    typeof record.origin === 'string' &&
    typeof record.isSecureContext === 'boolean' &&
    (site === null ||
      (typeof site === 'object' &&
        typeof (site as Record<string, unknown>).id === 'string' &&
        typeof (site as Record<string, unknown>).name === 'string'))
  );
}
