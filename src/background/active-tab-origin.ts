import browser from 'webextension-polyfill';
import { originOf } from '../core/origin';
import { judgeSiteAddition } from '../core/site-addition';
import type { VaultData } from '../core/vault';

/**
 * The active tab's origin as the browser reports it (its URL is ours to read while the popup
 * is open, through activeTab), if an account may be allowed there by hand. Never a URL from a
 * message: the popup names the site it showed, and the worker checks it is still this one.
 */
export async function allowableActiveOrigin(data: VaultData | null): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const origin = tab?.url === undefined ? null : originOf(tab.url);
  if (origin === null) return null;
  const bound = data?.entries.flatMap((entry) => entry.origins) ?? [];
  return judgeSiteAddition(origin, bound).ok ? origin : null;
}
