/**
 * Google Authenticator's export, `otpauth-migration://offline?data=...`:
 * decode, encode, and multi-QR batches. The parts live in ./migration/; this is the
 * public surface.
 */
export { MIGRATION_TOTP_PERIOD } from './migration/account';
export {
  DEFAULT_ACCOUNTS_PER_QR,
  MigrationBatchCollector,
  mergeMigrationBatches,
  splitIntoMigrationBatches,
  type MigrationBatchAddResult,
  type MigrationBatchProgress,
  type MigrationMergeResult,
} from './migration/batches';
export {
  decodeMigrationUri,
  type MigrationAccountResult,
  type MigrationBatch,
} from './migration/decode';
export { encodeMigrationUri, MAX_BATCH_SIZE, type MigrationBatchFields } from './migration/encode';
export { MigrationError, type MigrationErrorCode } from './migration/errors';
export { MAX_PAYLOAD_BYTES } from './migration/uri';
export { exportForPhone, MAX_PHONE_QR_TEXT, type PhoneExport } from './migration/phone-export';
