import type { OtpParameters } from '../otp-types';

/**
 * One stored account. The list's order is the entries' array order: one source of
 * truth for "order", which reorder operations move.
 */
export interface VaultEntry {
  /** Random, stable across edits; never derived from the secret. */
  readonly id: string;
  readonly issuer: string;
  readonly account: string;
  readonly params: OtpParameters;
  /**
   * Exact origins (scheme://host:port) where codes may be filled (DESIGN 4.3): the origin the
   * account was enrolled on, plus any the user added. Empty for accounts added by hand.
   */
  readonly origins: readonly string[];
  /** The site profile the account was captured on (e.g. "sonar"), for its notices. */
  readonly siteId: string | null;
  readonly note: string;
  /** Set while a portal's set-up is redone and two secrets of one login exist (replacement.ts). */
  readonly standby: Standby | null;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
  readonly updatedAt: number;
}

/**
 * An account that is not the one filled for its login: the old secret after a set-up was
 * redone (`replaced`), or a new one the portal has not confirmed yet (`unconfirmed`). `twin`
 * is the account filled meanwhile; `since` when this began (ms since the epoch).
 */
export interface Standby {
  readonly kind: 'replaced' | 'unconfirmed';
  readonly since: number;
  readonly twin: string;
}

/** Whether codes of `entry` may go to `origin`: exact match only (DESIGN 4.3), never a look-alike. */
export function isBoundTo(entry: Pick<VaultEntry, 'origins'>, origin: string): boolean {
  return entry.origins.includes(origin);
}

export const VAULT_SCHEMA_VERSION = 2;

export interface VaultData {
  readonly schemaVersion: typeof VAULT_SCHEMA_VERSION;
  readonly entries: readonly VaultEntry[];
}

/** What a caller supplies to add an entry; the vault assigns id and timestamps. */
export type EntryDraft = Pick<VaultEntry, 'issuer' | 'account' | 'params'> &
  Partial<Pick<VaultEntry, 'origins' | 'siteId' | 'note'>>;

/** What an edit may change; the secret and type are changed by adding a new entry. */
export type EntryChanges = Partial<
  Pick<VaultEntry, 'issuer' | 'account' | 'origins' | 'note'> & {
    readonly params: OtpParameters;
  }
>;

export const LIMITS = {
  issuer: 256,
  account: 256,
  note: 2000,
  origins: 32,
  entries: 10_000,
} as const;
