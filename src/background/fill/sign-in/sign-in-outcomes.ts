/**
 * What became of the codes sign-in fill handed out, per tab: the portal accepted one when its
 * code step went away without an error after the user sent it; it refused one when it said
 * so. In the worker's memory only: a restart forgets a sign-in under way, which at worst
 * leaves a replaced account for the user to remove.
 */

/** A code step answered later than this is not the answer to our fill. */
export const OUTCOME_WINDOW_MS = 2 * 60 * 1000;

interface FilledCode {
  readonly origin: string;
  readonly id: string;
  /** When the code was handed out. */
  readonly filledAt: number;
  /** When it was handed out or last sent: the answer is awaited from then. */
  readonly at: number;
  /** The user (or "Submit after filling") sent the code step since. */
  readonly sent: boolean;
  /** Codes refused in a row on this tab and origin. */
  readonly refusals: number;
}

const filled = new Map<number, FilledCode>();

export function noteFilled(tabId: number, origin: string, id: string, now = Date.now()) {
  const before = current(tabId, origin, now);
  const refusals = before?.refusals ?? 0;
  filled.set(tabId, { origin, id, filledAt: now, at: now, sent: false, refusals });
}

export function noteSent(tabId: number, origin: string, now = Date.now()) {
  const fill = current(tabId, origin, now);
  if (fill) filled.set(tabId, { ...fill, sent: true, at: now });
}

/** The portal refused the code: how many in a row now, and whose it was. */
export function noteRefused(
  tabId: number,
  origin: string,
  now = Date.now(),
): { readonly id: string; readonly filledAt: number; readonly refusals: number } | null {
  const fill = current(tabId, origin, now);
  if (!fill) return null;
  const refusals = fill.refusals + 1;
  filled.set(tabId, { ...fill, sent: false, refusals });
  return { id: fill.id, filledAt: fill.filledAt, refusals };
}

/** The code step went away without an error: the account accepted, if the code was sent. */
export function takeAccepted(tabId: number, origin: string, now = Date.now()): string | null {
  const fill = current(tabId, origin, now);
  filled.delete(tabId);
  return fill?.sent ? fill.id : null;
}

/** A code was sent from this tab and origin and no answer was seen yet. */
export function awaitsAnswer(tabId: number, origin: string, now = Date.now()): boolean {
  return current(tabId, origin, now)?.sent ?? false;
}

export function forgetOutcomes() {
  filled.clear();
}

function current(tabId: number, origin: string, now: number): FilledCode | null {
  const fill = filled.get(tabId);
  if (fill?.origin !== origin || now - fill.at > OUTCOME_WINDOW_MS) return null;
  return fill;
}
