import type { OtpAccount } from '../otp-types';
import { accountFromParameters } from './account';
import { decodeBase64 } from './base64';
import { MigrationError } from './errors';
import { splitMigrationName } from './label';
import { readMigrationPayload, type RawOtpParameters } from './payload';
import { extractMigrationData, MAX_PAYLOAD_BYTES, tooLarge } from './uri';

/** One account of an export: usable, or the reason it is not (the others are still there). */
export type MigrationAccountResult =
  | { readonly ok: true; readonly index: number; readonly account: OtpAccount }
  | {
      readonly ok: false;
      readonly index: number;
      /** Best effort, for telling the user which account failed; '' when unreadable. */
      readonly issuer: string;
      readonly name: string;
      readonly error: MigrationError;
    };

/** One QR code of an export. A large export is several, sharing a batchId. */
export interface MigrationBatch {
  readonly version: number;
  /** How many QR codes the export has; an absent (0) value is read as 1. */
  readonly batchSize: number;
  /** This QR code's place, from 0. */
  readonly batchIndex: number;
  /** Random, the same for every QR code of one export. */
  readonly batchId: number;
  readonly accounts: readonly MigrationAccountResult[];
}

/**
 * Reads `otpauth-migration://offline?data=...`. Throws a MigrationError when the QR code as a
 * whole is unusable; an account that alone is unusable comes back as `ok: false` (DESIGN 4.7).
 */
export function decodeMigrationUri(uri: string): MigrationBatch {
  if (typeof uri !== 'string') {
    // Callers across a message boundary are not type-checked.
    throw new MigrationError('not-a-migration-uri', 'This is not a Google Authenticator export.');
  }
  const bytes = decodeBase64(extractMigrationData(uri));
  if (bytes.length > MAX_PAYLOAD_BYTES) throw tooLarge();
  const payload = readMigrationPayload(bytes);
  return {
    version: payload.version,
    batchSize: payload.batchSize === 0 ? 1 : payload.batchSize,
    batchIndex: payload.batchIndex,
    batchId: payload.batchId,
    accounts: payload.entries.map((entry, index) => toResult(entry, index)),
  };
}

function toResult(entry: RawOtpParameters | MigrationError, index: number): MigrationAccountResult {
  if (entry instanceof MigrationError)
    return { ok: false, index, issuer: '', name: '', error: entry };
  try {
    return { ok: true, index, account: accountFromParameters(entry) };
  } catch (error) {
    const { issuer, account } = splitMigrationName(entry.name, entry.issuer);
    if (error instanceof MigrationError) return { ok: false, index, issuer, name: account, error };
    throw error;
  }
}
