import { isSecureOrigin, judgeOrigin } from './origin';
import { codesAt, stepEnd } from './otp';
import { isBoundTo, type VaultEntry } from './vault';

/**
 * THE rule of which account may get which code in which frame (DESIGN 4.3), asked by sign-in
 * fill, fill on demand and the enrollment code's refresh alike. Pure: the frame is what the
 * browser stamped (background/sender.ts), the time and the settings are passed in.
 */

/** The frame that asks, as the browser describes it, never as the page says. */
export interface AskingFrame {
  /** Null for an opaque origin (a sandboxed document, data: or about: URLs): never a code. */
  readonly origin: string | null;
  readonly isTopFrame: boolean;
}

/** The settings the rule reads; the extension's Settings has these and more. */
export interface FillSettings {
  readonly fillOnSignIn: boolean;
  readonly copyAfterFill: boolean;
  readonly submitAfterFillOrigins: readonly string[];
}

export type FillRefusal =
  | { readonly reason: 'opaque' | 'subframe' | 'insecure' }
  /** Accounts are bound here, but only HOTP ones: their counter moves on the popup's click only. */
  | { readonly reason: 'hotp-only'; readonly origin: string }
  | { readonly reason: 'none-bound'; readonly origin: string }
  /** Looks like `boundOrigin`, where an account is bound, but is not it. */
  | { readonly reason: 'lookalike'; readonly origin: string; readonly boundOrigin: string };

export interface FillOffer {
  readonly kind: 'offer';
  readonly origin: string;
  /** Never empty, in vault order. */
  readonly entries: readonly VaultEntry[];
  /** "Fill automatically on sign-in" is on and exactly one account is bound here. */
  readonly automatic: boolean;
  /** This origin is in "Submit after filling". */
  readonly submit: boolean;
  /** "Also copy the code after filling". */
  readonly copy: boolean;
}

export type FillVerdict = FillOffer | ({ readonly kind: 'refused' } & FillRefusal);

/**
 * Only accounts that list the frame's exact origin (scheme + host + port), only in a top
 * frame of a secure context, never an opaque origin; HOTP accounts are never filled, since a
 * fill would have to count their counter forward unseen. A look-alike of a bound origin is
 * named so the user can be warned, and gets nothing.
 */
export function fillVerdict(
  entries: readonly VaultEntry[],
  frame: AskingFrame,
  settings: FillSettings,
): FillVerdict {
  const { origin } = frame;
  if (origin === null) return { kind: 'refused', reason: 'opaque' };
  if (!isSecureOrigin(origin)) return { kind: 'refused', reason: 'insecure' };
  if (!frame.isTopFrame) return { kind: 'refused', reason: 'subframe' };
  const bound = entries.filter((entry) => isBoundTo(entry, origin));
  const fillable = bound.filter((entry) => entry.params.type !== 'hotp');
  if (fillable.length > 0) {
    return {
      kind: 'offer',
      origin,
      entries: fillable,
      automatic: settings.fillOnSignIn && fillable.length === 1,
      submit: settings.submitAfterFillOrigins.includes(origin),
      copy: settings.copyAfterFill,
    };
  }
  if (bound.length > 0) return { kind: 'refused', reason: 'hotp-only', origin };
  for (const entry of entries) {
    const verdict = judgeOrigin(origin, entry.origins);
    if (verdict.kind === 'lookalike') {
      return { kind: 'refused', reason: 'lookalike', origin, boundOrigin: verdict.boundOrigin };
    }
  }
  return { kind: 'refused', reason: 'none-bound', origin };
}

/** One of the offered accounts by id; null for any other, bound elsewhere or not at all. */
export function offeredEntry(verdict: FillVerdict, id: string): VaultEntry | null {
  if (verdict.kind !== 'offer') return null;
  return verdict.entries.find((entry) => entry.id === id) ?? null;
}

/**
 * Under this much validity left, a code cannot be typed and sent in time: the next period's
 * code is filled as its period starts instead. The one rollover margin of the extension.
 */
export const ROLLOVER_MARGIN_MS = 3_000;

export interface CodeToFill {
  readonly code: string;
  /** When `code` becomes valid (ms since the epoch); null: valid now. */
  readonly validFrom: number | null;
  /** When `code` stops being valid (ms since the epoch); null for HOTP. */
  readonly validUntil: number | null;
}

/** The code to fill for an offered account at `now`: current, or next at rollover. */
export function codeToFill(entry: VaultEntry, now: number): CodeToFill {
  const codes = codesAt(entry.params, now);
  const period = codes.period;
  if (period === null || codes.next === null) {
    return { code: codes.current, validFrom: null, validUntil: null };
  }
  const end = stepEnd(period, now);
  if (end - now >= ROLLOVER_MARGIN_MS)
    return { code: codes.current, validFrom: null, validUntil: end };
  return { code: codes.next, validFrom: end, validUntil: end + period * 1000 };
}

/**
 * Whether `code` is one this frame could have been given at `now` (current or next code of an
 * offered account): what the background accepts to copy after a fill, so a page cannot have
 * the clipboard written and cleared for anything else.
 */
export function wasOffered(verdict: FillVerdict, code: string, now: number): boolean {
  if (verdict.kind !== 'offer') return false;
  return verdict.entries.some((entry) => {
    const codes = codesAt(entry.params, now);
    return codes.current === code || codes.next === code;
  });
}
