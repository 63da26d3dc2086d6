/**
 * "The portal saved your 2FA set-up": said on the page at once, and said again by the next
 * page of the same tab and origin for a short while, since portals reload after saving.
 * Worker memory only; nothing in it is secret.
 */

const SHOWN_AGAIN_FOR_MS = 60_000;

const notices = new Map<number, { readonly origin: string; readonly at: number }>();

export function noteSetUpSaved(tabId: number, origin: string, now = Date.now()) {
  notices.set(tabId, { origin, at: now });
}

/** Whether the tab's new page is to say it again; said once. */
export function takeSetUpNotice(tabId: number, origin: string, now = Date.now()): boolean {
  const notice = notices.get(tabId);
  notices.delete(tabId);
  return notice?.origin === origin && now - notice.at <= SHOWN_AGAIN_FOR_MS;
}
