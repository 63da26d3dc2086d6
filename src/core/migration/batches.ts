import type { OtpAccount } from '../otp-types';
import type { MigrationAccountResult, MigrationBatch } from './decode';
import { checkBatchFields, encodeMigrationUri, MAX_BATCH_SIZE, randomBatchId } from './encode';
import { MigrationError } from './errors';

/**
 * Large exports span several QR codes (Google Authenticator keeps each one small enough to
 * scan). Splitting writes them; the collector takes them back in any order, once each.
 */

/** Google Authenticator's own export puts about this many accounts in one QR code. */
export const DEFAULT_ACCOUNTS_PER_QR = 10;

export function splitIntoMigrationBatches(
  accounts: readonly OtpAccount[],
  maxPerQr = DEFAULT_ACCOUNTS_PER_QR,
  batchId = randomBatchId(),
): string[] {
  if (!Number.isInteger(maxPerQr) || maxPerQr < 1) {
    throw new MigrationError('invalid-batch', 'Each QR code must hold at least one account.');
  }
  const batchSize = Math.max(1, Math.ceil(accounts.length / maxPerQr));
  checkBatchFields(batchSize, 0, batchId);
  return Array.from({ length: batchSize }, (_, batchIndex) =>
    encodeMigrationUri(accounts.slice(batchIndex * maxPerQr, (batchIndex + 1) * maxPerQr), {
      batchSize,
      batchIndex,
      batchId,
    }),
  );
}

export interface MigrationBatchProgress {
  readonly batchId: number;
  readonly batchSize: number;
  /** Batch indexes scanned so far, ascending. */
  readonly received: readonly number[];
  /** Batch indexes still to scan, ascending. */
  readonly missing: readonly number[];
  readonly complete: boolean;
}

export interface MigrationBatchAddResult extends MigrationBatchProgress {
  /** This QR code had already been scanned (same contents); it changed nothing. */
  readonly duplicate: boolean;
}

/**
 * Gathers the QR codes of one export as they are scanned. Throws 'batch-mismatch' for a QR
 * code of another export or one that contradicts an earlier scan, 'invalid-batch' for
 * impossible batch numbers; the collector is unchanged after a throw.
 */
export class MigrationBatchCollector {
  readonly #batches = new Map<number, { batch: MigrationBatch; fingerprint: string }>();
  #batchId: number | undefined;
  #batchSize = 0;

  add(batch: MigrationBatch): MigrationBatchAddResult {
    checkDecodedBatch(batch);
    if (this.#batchId !== undefined) {
      if (batch.batchId !== this.#batchId || batch.batchSize !== this.#batchSize) {
        throw mismatch('This QR code belongs to a different export than the ones already scanned.');
      }
    }
    const fingerprint = fingerprintOf(batch);
    const earlier = this.#batches.get(batch.batchIndex);
    if (earlier !== undefined && earlier.fingerprint !== fingerprint) {
      throw mismatch('This QR code contradicts one already scanned for the same export.');
    }
    this.#batchId = batch.batchId;
    this.#batchSize = batch.batchSize;
    if (earlier === undefined) this.#batches.set(batch.batchIndex, { batch, fingerprint });
    return { ...this.progress(), duplicate: earlier !== undefined };
  }

  progress(): MigrationBatchProgress {
    if (this.#batchId === undefined) {
      throw new MigrationError(
        'incomplete-batch',
        'No QR code of the export has been scanned yet.',
      );
    }
    const received: number[] = [];
    const missing: number[] = [];
    for (let index = 0; index < this.#batchSize; index++) {
      (this.#batches.has(index) ? received : missing).push(index);
    }
    return {
      batchId: this.#batchId,
      batchSize: this.#batchSize,
      received,
      missing,
      complete: missing.length === 0,
    };
  }

  /** Every account in export order, indexes renumbered across QR codes. */
  accounts(): MigrationAccountResult[] {
    const { missing, batchSize } = this.progress();
    if (missing.length > 0) {
      throw new MigrationError(
        'incomplete-batch',
        `${missing.length} of the ${batchSize} QR codes of this export are still to be scanned.`,
      );
    }
    const results: MigrationAccountResult[] = [];
    for (let index = 0; index < batchSize; index++) {
      for (const result of this.#batches.get(index)?.batch.accounts ?? []) {
        results.push({ ...result, index: results.length });
      }
    }
    return results;
  }
}

export type MigrationMergeResult =
  | {
      readonly complete: true;
      readonly batchId: number;
      readonly accounts: MigrationAccountResult[];
    }
  | {
      readonly complete: false;
      readonly batchId: number;
      readonly batchSize: number;
      readonly missing: readonly number[];
    };

/**
 * The pure form of the collector: the decoded QR codes of one export, in any order, repeats
 * allowed. Throws what `MigrationBatchCollector.add` throws, and 'incomplete-batch' for none.
 */
export function mergeMigrationBatches(batches: readonly MigrationBatch[]): MigrationMergeResult {
  const collector = new MigrationBatchCollector();
  for (const batch of batches) collector.add(batch);
  const { batchId, batchSize, missing, complete } = collector.progress();
  return complete
    ? { complete, batchId, accounts: collector.accounts() }
    : { complete, batchId, batchSize, missing };
}

function checkDecodedBatch(batch: MigrationBatch): void {
  try {
    checkBatchFields(batch.batchSize, batch.batchIndex, batch.batchId);
  } catch {
    throw new MigrationError(
      'invalid-batch',
      `This QR code claims a place in its export that cannot exist (exports have 1 to ${MAX_BATCH_SIZE} parts).`,
    );
  }
}

function mismatch(message: string): MigrationError {
  return new MigrationError('batch-mismatch', message);
}

/** Equal for two scans of the same QR code. Kept in memory only, never shown or logged. */
function fingerprintOf(batch: MigrationBatch): string {
  return JSON.stringify(
    batch.accounts.map((result) =>
      result.ok
        ? [result.account.issuer, result.account.account, result.account.params]
        : [result.error.code, result.issuer, result.name],
    ),
  );
}
