/** "Move to phone" and "Show QR code" (DESIGN 4.9): what leaves the vault, to an extension page. */

/** An account named for the user, without its secret. */
export interface AccountName {
  readonly id: string;
  readonly issuer: string;
  readonly account: string;
}

export interface MigrationExport {
  /** otpauth-migration:// texts, one per QR code, in scanning order. */
  readonly batches: readonly string[];
  /** Chosen accounts a Google Authenticator export cannot carry: named, not dropped silently. */
  readonly unrepresentable: readonly AccountName[];
}

export type { PlainExportFormat } from '../../core/formats/file-names';
