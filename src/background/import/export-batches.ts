import {
  MigrationBatchCollector,
  type MigrationAccountResult,
  type MigrationBatch,
  type MigrationBatchProgress,
} from '../../core/migration';

/**
 * Google Authenticator exports of many accounts span several QR codes ("QR 2 of 3"), which
 * the user scans one popup at a time. Each export's QR codes are gathered here by
 * its batch id, so a popup opened for the next QR code sees the ones read before. They hold
 * secrets: memory only, for ten minutes, and forgotten on lock.
 */

const TIME_TO_LIVE_MS = 10 * 60_000;
const MAX_EXPORTS = 8;

interface Collected {
  readonly collector: MigrationBatchCollector;
  readonly batches: Map<number, MigrationBatch>;
  expiresAt: number;
}

const collectedExports = new Map<number, Collected>();

export interface ExportSoFar {
  /** The accounts of every QR code read so far, in export order. */
  readonly results: readonly MigrationAccountResult[];
  readonly progress: MigrationBatchProgress;
}

/** Adds one QR code; throws MigrationError for one that contradicts an earlier scan. */
export function collectExportQr(batch: MigrationBatch, now = Date.now()): ExportSoFar {
  forgetExpired(now);
  let collected = collectedExports.get(batch.batchId);
  if (!collected) {
    if (collectedExports.size >= MAX_EXPORTS) forgetOldest();
    collected = { collector: new MigrationBatchCollector(), batches: new Map(), expiresAt: 0 };
  }
  const progress = collected.collector.add(batch);
  if (!collected.batches.has(batch.batchIndex)) collected.batches.set(batch.batchIndex, batch);
  collected.expiresAt = now + TIME_TO_LIVE_MS;
  collectedExports.set(batch.batchId, collected);
  const results = [...collected.batches.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([, part]) => part.accounts);
  return { results, progress };
}

export function forgetAllExports() {
  collectedExports.clear();
}

function forgetExpired(now: number) {
  for (const [batchId, collected] of collectedExports) {
    if (collected.expiresAt <= now) collectedExports.delete(batchId);
  }
}

function forgetOldest() {
  const oldest = [...collectedExports.entries()].sort(
    ([, a], [, b]) => a.expiresAt - b.expiresAt,
  )[0];
  if (oldest) collectedExports.delete(oldest[0]);
}
