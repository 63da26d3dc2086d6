import type { OtpAccount } from '../otp-types';
import { parametersFromAccount } from './account';
import { encodeBase64 } from './base64';
import { MigrationError } from './errors';
import { writeMigrationPayload } from './payload';
import { PAYLOAD_VERSION } from './schema';
import { buildMigrationUri, MAX_PAYLOAD_BYTES, tooLarge } from './uri';

export interface MigrationBatchFields {
  /** How many QR codes the export has; default 1. */
  readonly batchSize?: number;
  /** This QR code's place, from 0; default 0. */
  readonly batchIndex?: number;
  /** Shared by the QR codes of one export; default random. */
  readonly batchId?: number;
}

/**
 * A largest plausible export: Google Authenticator stops near 10 accounts per QR code, and
 * this bounds what a collector must track.
 */
export const MAX_BATCH_SIZE = 1000;

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/**
 * Writes accounts as one `otpauth-migration://offline?data=...` QR code text, as Google
 * Authenticator does. Throws MigrationError('unrepresentable') for an account an export cannot
 * carry (Steam Guard, a period other than 30 s, 7 digits, ...), 'invalid-batch' for bad batch
 * fields.
 */
export function encodeMigrationUri(
  accounts: readonly OtpAccount[],
  batch: MigrationBatchFields = {},
): string {
  const { batchSize = 1, batchIndex = 0, batchId = randomBatchId() } = batch;
  checkBatchFields(batchSize, batchIndex, batchId);
  const bytes = writeMigrationPayload({
    entries: accounts.map((account, index) => parametersFromAccount(account, index)),
    version: PAYLOAD_VERSION,
    batchSize,
    batchIndex,
    batchId,
  });
  if (bytes.length > MAX_PAYLOAD_BYTES) throw tooLarge();
  return buildMigrationUri(encodeBase64(bytes));
}

/** A random int32, as Google Authenticator picks. */
export function randomBatchId(): number {
  return globalThis.crypto.getRandomValues(new Int32Array(1))[0] ?? 0;
}

export function checkBatchFields(batchSize: number, batchIndex: number, batchId: number): void {
  const valid =
    Number.isInteger(batchSize) &&
    batchSize >= 1 &&
    batchSize <= MAX_BATCH_SIZE &&
    Number.isInteger(batchIndex) &&
    batchIndex >= 0 &&
    batchIndex < batchSize &&
    Number.isInteger(batchId) &&
    batchId >= INT32_MIN &&
    batchId <= INT32_MAX;
  if (!valid) {
    throw new MigrationError(
      'invalid-batch',
      `An export is 1 to ${MAX_BATCH_SIZE} QR codes, each numbered from 0, with a 32-bit batch id.`,
    );
  }
}
