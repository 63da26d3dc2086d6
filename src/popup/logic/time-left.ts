import type { AccountCodes } from '../../shared/model/vault';

/** The next code is shown when fewer than this many milliseconds remain. */
export const SHOW_NEXT_BELOW_MS = 5000;

export interface ShownCode {
  /** Null when even the next code has expired and no fresh one came: nothing valid to show. */
  readonly current: string | null;
  /** Set only when the next code should be shown (close to rollover). */
  readonly next: string | null;
  /** When `current` expires; null for HOTP, whose code does not. */
  readonly validUntil: number | null;
}

/**
 * What a row shows at `now`. When the current code has expired and the background's fresh
 * codes are still on their way, the row rolls over to `next` by itself, so no row ever shows
 * an expired code (the refresh for all rows is one request: use-code-refresh.ts).
 */
export function shownCode(
  codes: AccountCodes,
  periodSeconds: number | null,
  now: number,
): ShownCode {
  let { current, next, validUntil } = codes;
  if (validUntil !== null && now >= validUntil && next !== null && periodSeconds !== null) {
    current = next;
    next = null;
    validUntil += periodSeconds * 1000;
  }
  // Both known codes have expired (the refresh failed so far): show none rather than a stale one.
  if (validUntil !== null && now >= validUntil)
    return { current: null, next: null, validUntil: null };
  if (validUntil === null) return { current, next: null, validUntil: null };
  return { current, next: validUntil - now < SHOW_NEXT_BELOW_MS ? next : null, validUntil };
}

/**
 * Milliseconds left on a code, as a countdown shows them. Past `validUntil` it counts the
 * following periods, as the row rolls over by itself (`shownCode`): never zero or negative.
 */
export function millisecondsLeft(validUntil: number, periodSeconds: number, now: number): number {
  const period = periodSeconds * 1000;
  const left = validUntil - now;
  if (left > 0) return left;
  return period - (-left % period);
}

/** Whole seconds left, rounded up as a countdown reads: 30 ... 1. */
export function secondsLeft(validUntil: number, periodSeconds: number, now: number): number {
  return Math.ceil(millisecondsLeft(validUntil, periodSeconds, now) / 1000);
}

/**
 * The next moment after `now` when some row's `shownCode` changes: its next code appears, or
 * its code expires. Rows re-render only then; the countdowns tick on their own.
 */
export function nextCodeChange(codes: readonly AccountCodes[], now: number): number | null {
  let soonest: number | null = null;
  for (const { validUntil } of codes) {
    if (validUntil === null) continue;
    for (const moment of [validUntil - SHOW_NEXT_BELOW_MS, validUntil]) {
      if (moment > now && (soonest === null || moment < soonest)) soonest = moment;
    }
  }
  return soonest;
}

/** When the earliest code expires, or null when none does (HOTP only, or no accounts). */
export function earliestExpiry(codes: readonly AccountCodes[]): number | null {
  let earliest: number | null = null;
  for (const { validUntil } of codes) {
    if (validUntil !== null && (earliest === null || validUntil < earliest)) earliest = validUntil;
  }
  return earliest;
}
