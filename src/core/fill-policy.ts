import { isSecureOrigin, judgeOrigin } from './origin';
import { codesAt, stepEnd } from './otp';
import { mayAllowOn } from './second-host';
import { foldName, isBoundTo, isOnStandby, type VaultEntry } from './vault';

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

/** What the page told us of the sign-in besides the frame; both optional. */
export interface FillContext {
  /** The login name typed on this tab's password step (kept 10 minutes, in memory only). */
  readonly loginName?: string | null;
  /** The match patterns of the site profile the asking page is on: its second hosts. */
  readonly portalMatches?: readonly string[];
}

export interface FillOffer {
  readonly kind: 'offer';
  readonly origin: string;
  /** The accounts filled here, never empty, in vault order. */
  readonly entries: readonly VaultEntry[];
  /** Bound here too but on standby behind one of `entries` (a set-up redone): not offered. */
  readonly standby: readonly VaultEntry[];
  /** Accounts of this portal's other hosts that the user may allow here (second-host.ts). */
  readonly allowable: readonly VaultEntry[];
  /** The one of `entries` or `allowable` whose account name is the login name typed. */
  readonly picked: VaultEntry | null;
  /**
   * "Fill automatically on sign-in" is on and the account is known: the login name picked
   * one bound here, or exactly one is bound here and none could be allowed.
   */
  readonly automatic: boolean;
  /** This origin is in "Submit after filling". */
  readonly submit: boolean;
  /** "Also copy the code after filling". */
  readonly copy: boolean;
}

/** Nothing is bound here, but accounts of this portal's other hosts may be allowed here. */
export interface FillAsk {
  readonly kind: 'ask';
  readonly origin: string;
  /** Never empty, in vault order. */
  readonly allowable: readonly VaultEntry[];
  readonly picked: VaultEntry | null;
}

export type FillVerdict = FillOffer | FillAsk | ({ readonly kind: 'refused' } & FillRefusal);

/**
 * Only accounts that list the frame's exact origin (scheme + host + port), only in a top
 * frame of a secure context, never an opaque origin; HOTP accounts are never filled, since a
 * fill would have to count their counter forward unseen. An account on standby (a set-up
 * redone) is not offered, but may still be filled here when its twin's code was refused.
 * Accounts of the portal's other hosts are only named, to be allowed here by the user. A
 * look-alike of a bound origin is named so the user can be warned, and gets nothing.
 */
export function fillVerdict(
  entries: readonly VaultEntry[],
  frame: AskingFrame,
  settings: FillSettings,
  context: FillContext = {},
): FillVerdict {
  const { origin } = frame;
  if (origin === null) return { kind: 'refused', reason: 'opaque' };
  if (!isSecureOrigin(origin)) return { kind: 'refused', reason: 'insecure' };
  if (!frame.isTopFrame) return { kind: 'refused', reason: 'subframe' };
  const bound = entries.filter((entry) => isBoundTo(entry, origin));
  const fillable = bound.filter((entry) => entry.params.type !== 'hotp');
  const live = fillable.filter((entry) => !isOnStandby(entry, entries));
  const portal = context.portalMatches ?? [];
  const allowable = entries.filter(
    (entry) =>
      entry.params.type !== 'hotp' &&
      !isBoundTo(entry, origin) &&
      !isOnStandby(entry, entries) &&
      mayAllowOn(entry.origins, origin, portal),
  );
  const picked = pickByLoginName([...live, ...allowable], context.loginName ?? null);
  if (live.length > 0) {
    const known = picked ? live.includes(picked) : live.length === 1 && allowable.length === 0;
    return {
      kind: 'offer',
      origin,
      entries: live,
      standby: fillable.filter((entry) => !live.includes(entry)),
      allowable,
      picked,
      automatic: settings.fillOnSignIn && known,
      submit: settings.submitAfterFillOrigins.includes(origin),
      copy: settings.copyAfterFill,
    };
  }
  if (allowable.length > 0) return { kind: 'ask', origin, allowable, picked };
  if (bound.length > 0) return { kind: 'refused', reason: 'hotp-only', origin };
  for (const entry of entries) {
    const verdict = judgeOrigin(origin, entry.origins);
    if (verdict.kind === 'lookalike') {
      return { kind: 'refused', reason: 'lookalike', origin, boundOrigin: verdict.boundOrigin };
    }
  }
  return { kind: 'refused', reason: 'none-bound', origin };
}

/**
 * The one account whose account name is the login name typed (folded as names are), or null
 * for none or several: then the user picks.
 */
export function pickByLoginName(
  entries: readonly VaultEntry[],
  loginName: string | null,
): VaultEntry | null {
  if (loginName === null || foldName(loginName) === '') return null;
  const name = foldName(loginName);
  const matches = entries.filter((entry) => foldName(entry.account) === name);
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

/**
 * An account this frame may get a code of, by id: offered, or on standby here; null for any
 * other, bound elsewhere or not at all.
 */
export function offeredEntry(verdict: FillVerdict, id: string): VaultEntry | null {
  if (verdict.kind !== 'offer') return null;
  return [...verdict.entries, ...verdict.standby].find((entry) => entry.id === id) ?? null;
}

/** One of the accounts the user may allow on this frame's origin, by id. */
export function allowableEntry(verdict: FillVerdict, id: string): VaultEntry | null {
  if (verdict.kind !== 'offer' && verdict.kind !== 'ask') return null;
  return verdict.allowable.find((entry) => entry.id === id) ?? null;
}

/**
 * After the portal refused `refusedId`'s code (`refusals` in a row): the account to fill
 * next. Most refusals are about time (a code already used, a clock a little off), so first
 * the account filled for the login, at its next period. Refused again, the key on standby
 * beside it, at once (a set-up redone that the portal did, or did not, save after all).
 */
export function nextAfterRefusal(
  verdict: FillVerdict,
  refusedId: string,
  refusals: number,
): { readonly entry: VaultEntry; readonly samePeriod: boolean } | null {
  const refused = offeredEntry(verdict, refusedId);
  if (!refused || verdict.kind !== 'offer') return null;
  const live = verdict.entries.find((entry) => entry.id === refused.standby?.twin) ?? refused;
  const standby = verdict.standby.find((entry) => entry.standby?.twin === live.id);
  if (refusals >= 2 && standby && standby.id !== refused.id) {
    return { entry: standby, samePeriod: true };
  }
  return { entry: live, samePeriod: false };
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
  return [...verdict.entries, ...verdict.standby].some((entry) => {
    const codes = codesAt(entry.params, now);
    return codes.current === code || codes.next === code;
  });
}
