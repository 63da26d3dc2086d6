import { originOf } from '../../core/origin';

/**
 * Which tabs "Scan QR code on this page" can read. Browsers keep extensions out of
 * their own pages (chrome://, about:, other extensions) and out of the add-on stores, and
 * file: pages only when the user allowed file access: each gets its own reason, so the popup
 * can say what to do instead of a vague failure.
 */

export type UnscannableReason = 'not-web' | 'web-store' | 'file-access' | 'no-access';

export type PageCheck =
  /** `origin` is what the accounts are bound to (DESIGN 4.3); null for a file: page. */
  | { readonly ok: true; readonly origin: string | null }
  | { readonly ok: false; readonly reason: UnscannableReason };

/** Stores where injecting scripts and capturing are refused by the browser itself. */
const webStores: readonly { readonly host: string; readonly path: string }[] = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org', path: '/' },
];

/**
 * `url` is the tab's URL, undefined when the browser did not let us see it (no `activeTab`
 * grant); `fileAccess` is whether the user allowed the extension on file: URLs.
 */
export function checkScannablePage(url: string | undefined, fileAccess: boolean): PageCheck {
  if (url === undefined) return { ok: false, reason: 'no-access' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'not-web' };
  }
  if (parsed.protocol === 'file:') {
    return fileAccess ? { ok: true, origin: null } : { ok: false, reason: 'file-access' };
  }
  const origin = originOf(url);
  if (origin === null) return { ok: false, reason: 'not-web' };
  const host = parsed.hostname.toLowerCase();
  if (webStores.some((store) => store.host === host && parsed.pathname.startsWith(store.path))) {
    return { ok: false, reason: 'web-store' };
  }
  return { ok: true, origin };
}
