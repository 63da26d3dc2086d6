/**
 * How long a passphrase check waits after wrong passphrases in a row: the rule the worker
 * enforces and the pages show. Key derivation already makes each guess cost about half a
 * second; this makes a run of guesses at the browser cost minutes, while a person who mistypes
 * a few times waits for nothing.
 */

/** Wrong passphrases in a row (since the last right one), and when the last one was given. */
export interface PassphraseFailures {
  readonly count: number;
  /** Milliseconds since the epoch. */
  readonly lastAt: number;
}

export const NO_FAILURES: PassphraseFailures = { count: 0, lastAt: 0 };

/** Wrong passphrases that cost nothing more than the key derivation itself. */
export const FREE_ATTEMPTS = 3;
export const FIRST_DELAY_MS = 2_000;
export const MAX_DELAY_MS = 5 * 60_000;

/** The wait after `count` wrong passphrases in a row: none, then 2 s, 4 s, 8 s ... up to 5 min. */
export function delayAfter(count: number): number {
  if (count <= FREE_ATTEMPTS) return 0;
  const doublings = count - FREE_ATTEMPTS - 1;
  // Past the cap long before 2 ** doublings stops being exact.
  if (doublings >= 32) return MAX_DELAY_MS;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** doublings);
}

/** When the next passphrase may be checked, or null when it may be at once. */
export function nextAttemptAt(failures: PassphraseFailures, now: number): number | null {
  const delay = delayAfter(failures.count);
  if (delay === 0) return null;
  const at = failures.lastAt + delay;
  return at > now ? at : null;
}

/** One more wrong passphrase, given at `now`. */
export function afterWrongPassphrase(
  failures: PassphraseFailures,
  now: number,
): PassphraseFailures {
  return { count: failures.count + 1, lastAt: now };
}

/**
 * A clock set back (by hand, or corrected) would put the last failure in the future and
 * stretch the wait by as much: the failure is counted as given now instead, so no wait ever
 * runs longer than its delay. The caller stores the result when it differs.
 */
export function withClockChecked(failures: PassphraseFailures, now: number): PassphraseFailures {
  return failures.lastAt > now ? { count: failures.count, lastAt: now } : failures;
}

/** The stored count, or undefined when it is not one (edited by hand, another version). */
export function parsePassphraseFailures(stored: unknown): PassphraseFailures | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { count, lastAt } = stored as Partial<Record<keyof PassphraseFailures, unknown>>;
  if (!Number.isSafeInteger(count) || typeof count !== 'number' || count < 0) return undefined;
  if (typeof lastAt !== 'number' || !Number.isFinite(lastAt) || lastAt < 0) return undefined;
  return { count, lastAt };
}
