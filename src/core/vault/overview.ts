import { backupNeeded } from '../formats/restore-plan';
import { codeLengthOf, codesAt, periodOf, stepEnd } from '../otp';
import type { OtpType } from '../otp-types';
import { isBoundTo, type VaultData, type VaultEntry } from './entry';
import { isOnStandby } from './replacement';

/**
 * What the popup shows of the unlocked vault: accounts without their secrets, in the order
 * shown, and their codes. Built here once for both places that build it: the worker's
 * `vault/overview` answer, and the popup itself at open (from the key in storage.session),
 * so the two never disagree on order, labels or codes.
 */

/** What the popup may know of an account: everything but the secret. */
export interface AccountView {
  readonly id: string;
  readonly issuer: string;
  readonly account: string;
  readonly type: OtpType;
  /** Code length (5 for Steam). */
  readonly digits: number;
  /** Seconds per code; null for HOTP. */
  readonly period: number | null;
  readonly origins: readonly string[];
  readonly siteId: string | null;
  readonly note: string;
  /** One of its origins is the active tab's origin: listed first and marked. */
  readonly boundToActiveTab: boolean;
  /**
   * Not the account filled for its login (2FA was set up again): the old key `replaced`
   * since then, or a new key the site has not `unconfirmed` yet. Null for every other account.
   */
  readonly standby: { readonly kind: 'replaced' | 'unconfirmed'; readonly since: number } | null;
}

export interface AccountCodes {
  readonly id: string;
  readonly current: string;
  /** The code of the next period (TOTP, Steam); null for HOTP. */
  readonly next: string | null;
  /** When `current` stops being valid (ms since the epoch); null for HOTP. */
  readonly validUntil: number | null;
}

export interface UnlockedOverview {
  readonly state: 'unlocked';
  /**
   * In the order shown: accounts bound to the active tab's origin first. Only the first ones
   * in an overview of the first rows (see `unlockedOverview`); `accountCount` counts them all.
   */
  readonly accounts: readonly AccountView[];
  /** The codes of `accounts`, in the same order. */
  readonly codes: readonly AccountCodes[];
  /** How many accounts the vault holds: more than `accounts` lists in an overview of the first rows. */
  readonly accountCount: number;
  /** The newest saved copy was damaged and the one before it was opened (DESIGN 4.7). */
  readonly recovered: boolean;
  /** Accounts were added since the last backup file (or none was ever made). */
  readonly backupNeeded: boolean;
}

/** What the overview depends on besides the vault's data. */
export interface OverviewContext {
  /** The active tab's top-frame origin when it is a portal, else null. */
  readonly activeOrigin: string | null;
  /** The vault was opened from its previous generation (core/vault/open-generation.ts). */
  readonly recovered: boolean;
  /** When the last backup file was made (ms since the epoch), or null if never. */
  readonly lastBackupAt: number | null;
}

/** The accounts in the order shown: those bound to `activeOrigin` first, stored order kept. */
export function shownOrder(data: VaultData, activeOrigin: string | null): VaultEntry[] {
  if (activeOrigin === null) return [...data.entries];
  const bound = data.entries.filter((entry) => isBoundTo(entry, activeOrigin));
  return [...bound, ...data.entries.filter((entry) => !isBoundTo(entry, activeOrigin))];
}

/**
 * The overview at `now`. `firstRows` limits it to the first accounts in the shown order, with
 * their codes: what the popup shows on its first screen, asked for before the rest. With 1,000
 * accounts, their codes take about 20 ms, and carrying every account to a popup that is still
 * opening delays its first code by several more.
 */
export function unlockedOverview(
  data: VaultData,
  context: OverviewContext,
  now = Date.now(),
  firstRows = Number.POSITIVE_INFINITY,
): UnlockedOverview {
  const { activeOrigin } = context;
  const shown = shownOrder(data, activeOrigin).slice(0, firstRows);
  return {
    state: 'unlocked',
    accounts: shown.map((entry) =>
      accountView(
        entry,
        activeOrigin !== null && isBoundTo(entry, activeOrigin),
        isOnStandby(entry, data.entries),
      ),
    ),
    codes: shown.map((entry) => accountCodes(entry, now)),
    accountCount: data.entries.length,
    recovered: context.recovered,
    backupNeeded: backupNeeded(data, context.lastBackupAt),
  };
}

export function accountCodes(entry: VaultEntry, now = Date.now()): AccountCodes {
  const codes = codesAt(entry.params, now);
  const period = periodOf(entry.params);
  return {
    id: entry.id,
    current: codes.current,
    next: codes.next,
    validUntil: period === null ? null : stepEnd(period, now),
  };
}

function accountView(
  entry: VaultEntry,
  boundToActiveTab: boolean,
  onStandby: boolean,
): AccountView {
  const { params } = entry;
  return {
    id: entry.id,
    issuer: entry.issuer,
    account: entry.account,
    type: params.type,
    digits: codeLengthOf(params),
    period: periodOf(params),
    origins: entry.origins,
    siteId: entry.siteId,
    note: entry.note,
    boundToActiveTab,
    standby:
      onStandby && entry.standby ? { kind: entry.standby.kind, since: entry.standby.since } : null,
  };
}
