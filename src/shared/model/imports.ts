import type { EntryErrorCode } from '../../core/formats/types';
import type { MigrationErrorCode } from '../../core/migration/errors';
import type { OtpauthErrorCode } from '../../core/otpauth/errors';
import type { OtpType } from '../../core/otp-types';

/**
 * The popup's QR import: "Scan QR code on this page", an image file, a Google
 * Authenticator export. The popup sees names, never secrets: the background holds
 * the accounts under `token` until "Save".
 */
export interface ImportedAccountPreview {
  readonly issuer: string;
  readonly account: string;
  readonly type: OtpType;
  readonly digits: number;
  /** The same secret is already stored: saving skips it. */
  readonly duplicate: boolean;
}

/**
 * An account of an export that cannot be imported; `code` is its MigrationErrorCode, which the
 * popup says in the UI language (an unknown one gets a general sentence).
 */
export interface ImportedAccountFailure {
  readonly issuer: string;
  readonly account: string;
  readonly code: MigrationErrorCode | EntryErrorCode;
}

/** A multi-QR export so far; QR codes are numbered from 1, as the user sees them. */
export interface ImportBatchProgress {
  readonly size: number;
  readonly scanned: readonly number[];
  readonly missing: readonly number[];
}

export type ImportFound =
  | { readonly status: 'no-code' }
  /** A QR code that holds something else (a link, text): nothing to save. */
  | { readonly status: 'not-authenticator' }
  /**
   * An otpauth:// or export QR code that cannot be used; `reason` is core's code for why (an
   * OtpauthErrorCode or MigrationErrorCode), which the popup says in the UI language.
   */
  | { readonly status: 'unusable'; readonly reason: OtpauthErrorCode | MigrationErrorCode }
  | {
      readonly status: 'unscannable';
      readonly reason: 'not-web' | 'web-store' | 'file-access' | 'no-access' | 'tab-changed';
    }
  | {
      readonly status: 'accounts';
      readonly token: string;
      /** `import/save` names these by their index in this list. */
      readonly accounts: readonly ImportedAccountPreview[];
      readonly failed: readonly ImportedAccountFailure[];
      /** The page's origin the accounts will be bound to; null for an image file. */
      readonly origin: string | null;
      /**
       * A scanned code the page itself did not draw (another site's frame, or a place the scan
       * could not tell): saved unbound, and the popup says why.
       */
      readonly notDrawnByPage: boolean;
      readonly siteId: string | null;
      readonly batch: ImportBatchProgress | null;
    };

export interface ImportSelection {
  readonly index: number;
  readonly issuer: string;
  readonly account: string;
}

export interface ImportSaved {
  /** Ids of the accounts added, in list order. */
  readonly added: readonly string[];
  /** Selected accounts already in the vault, so not added again. */
  readonly alreadyStored: number;
}
