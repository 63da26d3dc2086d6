import type { HashAlgorithm, OtpType } from '../../core/otp-types';

export type VaultState = 'none' | 'locked' | 'unlocked';

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

export type VaultOverview =
  | { readonly state: 'none' }
  | {
      readonly state: 'locked';
      /** While a wait after wrong passphrases runs: when the next may be tried (ms since the epoch). */
      readonly nextAttemptAt?: number;
    }
  | {
      readonly state: 'unlocked';
      readonly accounts: readonly AccountView[];
      readonly codes: readonly AccountCodes[];
      /** The newest saved copy was damaged and the one before it was opened (DESIGN 4.7). */
      readonly recovered: boolean;
      /** Accounts were added since the last backup file (or none was ever made). */
      readonly backupNeeded: boolean;
    };

/** An account typed in by hand, or pasted as an otpauth:// URI. */
export type AccountInput =
  | { readonly kind: 'uri'; readonly uri: string }
  | {
      readonly kind: 'fields';
      readonly secret: string;
      readonly issuer: string;
      readonly account: string;
      readonly type: OtpType;
      readonly algorithm: HashAlgorithm;
      readonly digits: number;
      readonly period: number;
      readonly counter: number;
    };

export interface AccountEdit {
  readonly id: string;
  readonly issuer: string;
  readonly account: string;
  readonly note: string;
  /**
   * The sites it is filled on: those it had, fewer if the user removed some, and the active
   * tab's origin if the user allowed it there (the background checks both).
   */
  readonly origins: readonly string[];
}
