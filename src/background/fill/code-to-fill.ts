import type { AccountCodes } from '../../shared/messages';

/**
 * Which code to fill (issue 6): the current one, unless it is about to expire. With under
 * 3 s left the user cannot submit it in time, so the next period's code is filled at rollover
 * instead, with the time it becomes valid. HOTP codes have no period: always the current one.
 */
export const ROLLOVER_MARGIN_MS = 3_000;

export interface CodeToFill {
  readonly code: string;
  /** When `code` becomes valid (ms since the epoch); null: valid now. */
  readonly validFrom: number | null;
}

export function codeToFill(codes: AccountCodes, now = Date.now()): CodeToFill {
  const { current, next, validUntil } = codes;
  if (next === null || validUntil === null || validUntil - now >= ROLLOVER_MARGIN_MS) {
    return { code: current, validFrom: null };
  }
  return { code: next, validFrom: validUntil };
}
