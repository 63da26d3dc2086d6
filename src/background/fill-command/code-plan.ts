import type { VaultEntry } from '../../core/vault';
import { accountCodes } from '../vault/account-views';

/** Under this much validity left, the next period's code is filled at rollover instead. */
export const ROLLOVER_MARGIN_MS = 3000;

export interface CodePlan {
  readonly code: string;
  /** When to fill it (ms since the epoch): `now`, or the start of the next period. */
  readonly fillAt: number;
}

/**
 * The code a fill on demand puts in the page (issue 6): the current one, unless it expires in
 * under 3 s, when the next one is filled as its period starts, so the site never receives a
 * code that died on the way. HOTP codes do not expire. Pure: `now` is injected.
 */
export function planCode(entry: VaultEntry, now: number): CodePlan {
  const { current, validUntil } = accountCodes(entry, now);
  if (validUntil === null || validUntil - now >= ROLLOVER_MARGIN_MS) {
    return { code: current, fillAt: now };
  }
  return { code: accountCodes(entry, validUntil).current, fillAt: validUntil };
}
