import type { HashAlgorithm, OtpType } from '../../core/otp-types';
import type { UnlockedOverview } from '../../core/vault/overview';

export type { AccountCodes, AccountView, UnlockedOverview } from '../../core/vault/overview';

export type VaultState = 'none' | 'locked' | 'unlocked';

export type VaultOverview =
  | { readonly state: 'none' }
  | {
      readonly state: 'locked';
      /** While a wait after wrong passphrases runs: when the next may be tried (ms since the epoch). */
      readonly nextAttemptAt?: number;
    }
  | UnlockedOverview;

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
