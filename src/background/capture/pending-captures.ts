import type { EntryDraft } from '../../core/vault';

/**
 * Accounts read from a QR code and waiting for the user's "Save". They hold secrets,
 * so they stay in this context's memory only (never in storage, never sent back to the page),
 * for a short while, and only the context that asked may use its token. A worker restart
 * forgets them; the content script then reads the QR code again.
 */

export type CaptureOwner =
  | {
      readonly kind: 'frame';
      readonly tabId: number;
      readonly frameId: number;
      readonly origin: string;
    }
  | { readonly kind: 'extension-page' };

export interface PendingCapture {
  readonly owner: CaptureOwner;
  readonly drafts: readonly EntryDraft[];
  /** The origin the accounts will be bound to (DESIGN 4.3); null from an image file. */
  readonly origin: string | null;
  readonly siteId: string | null;
}

const TIME_TO_LIVE_MS = 10 * 60_000;
const MAX_PENDING = 32;
const pending = new Map<string, PendingCapture & { readonly expiresAt: number }>();

export function holdCapture(capture: PendingCapture, now = Date.now()): string {
  forgetExpired(now);
  // Oldest first: a page that keeps redrawing QR codes cannot grow this without bound.
  while (pending.size >= MAX_PENDING) {
    const oldest = pending.keys().next().value;
    if (oldest === undefined) break;
    pending.delete(oldest);
  }
  const token = crypto.randomUUID();
  pending.set(token, { ...capture, expiresAt: now + TIME_TO_LIVE_MS });
  return token;
}

/** The capture behind `token`, if it has not expired and `owner` is the one that made it. */
export function findCapture(
  token: string,
  owner: CaptureOwner,
  now = Date.now(),
): PendingCapture | null {
  forgetExpired(now);
  const capture = pending.get(token);
  return capture && sameOwner(capture.owner, owner) ? capture : null;
}

export function dropCapture(token: string) {
  pending.delete(token);
}

export function dropAllCaptures() {
  pending.clear();
}

function sameOwner(a: CaptureOwner, b: CaptureOwner): boolean {
  if (a.kind === 'extension-page' || b.kind === 'extension-page') return a.kind === b.kind;
  return a.tabId === b.tabId && a.frameId === b.frameId && a.origin === b.origin;
}

function forgetExpired(now: number) {
  for (const [token, capture] of pending) {
    if (capture.expiresAt <= now) pending.delete(token);
  }
}
