import { CoreError } from '../errors';

/**
 * Why a Google Authenticator export (otpauth-migration://) could not be read or written.
 * Codes are stable for programs; messages are for people and never
 * quote a secret (DESIGN 4.1, 4.7).
 */
export type MigrationErrorCode =
  // The whole QR code is unusable.
  | 'not-a-migration-uri'
  | 'missing-data'
  | 'too-large'
  | 'invalid-base64'
  | 'truncated'
  | 'malformed-protobuf'
  // One account inside an otherwise good export is unusable (the others are kept).
  | 'invalid-text'
  | 'unsupported-algorithm'
  | 'unsupported-digits'
  | 'unsupported-type'
  | 'empty-secret'
  | 'secret-too-short'
  | 'secret-too-long'
  | 'counter-out-of-range'
  // Writing an export.
  | 'unrepresentable'
  // Putting the QR codes of a multi-QR export back together.
  | 'invalid-batch'
  | 'batch-mismatch'
  | 'incomplete-batch';

export class MigrationError extends CoreError<MigrationErrorCode> {
  override readonly name = 'MigrationError';
}

/** The shared wording for an export whose bytes do not add up. */
export function damagedExport(code: MigrationErrorCode, detail: string): MigrationError {
  return new MigrationError(
    code,
    `This QR code is a Google Authenticator export, but it is damaged (${detail}). ` +
      'Scan it again, or export the accounts again from Google Authenticator.',
  );
}
