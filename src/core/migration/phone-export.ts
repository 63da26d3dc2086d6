import type { OtpAccount } from '../otp-types';
import { parametersFromAccount } from './account';
import { DEFAULT_ACCOUNTS_PER_QR } from './batches';
import { encodeMigrationUri, MAX_BATCH_SIZE, randomBatchId } from './encode';
import { MigrationError } from './errors';

/**
 * "Move to phone": accounts as Google Authenticator export QR codes a phone camera can read
 * off a screen. At most ten accounts per code, as Google Authenticator does, and fewer when
 * long names or secrets would make a code too dense to scan.
 */

/** Longest text put in one code: about a version 25 QR code at medium error correction. */
export const MAX_PHONE_QR_TEXT = 1400;

export interface PhoneExport<Account extends OtpAccount> {
  /** The QR code texts, in order; empty when no account can be exported. */
  readonly batches: string[];
  /** Accounts a Google Authenticator export cannot carry (Steam, 60 s codes, ...). */
  readonly unrepresentable: Account[];
}

export function exportForPhone<Account extends OtpAccount>(
  accounts: readonly Account[],
  maxPerQr = DEFAULT_ACCOUNTS_PER_QR,
  maxText = MAX_PHONE_QR_TEXT,
): PhoneExport<Account> {
  const representable: Account[] = [];
  const unrepresentable: Account[] = [];
  for (const account of accounts) {
    (isRepresentable(account) ? representable : unrepresentable).push(account);
  }
  const groups = groupForQr(representable, maxPerQr, maxText);
  if (groups.length > MAX_BATCH_SIZE) {
    throw new MigrationError('invalid-batch', `An export is at most ${MAX_BATCH_SIZE} QR codes.`);
  }
  const batchId = randomBatchId();
  const batches = groups.map((group, batchIndex) =>
    encodeMigrationUri(group, { batchSize: groups.length, batchIndex, batchId }),
  );
  return { batches, unrepresentable };
}

/** The one rule of what an export can carry lives in parametersFromAccount; it is asked here. */
function isRepresentable(account: OtpAccount): boolean {
  try {
    parametersFromAccount(account, 0);
    return true;
  } catch (error) {
    if (error instanceof MigrationError && error.code === 'unrepresentable') return false;
    throw error;
  }
}

/** Greedy: an account joins the current code unless that would pass either limit. */
function groupForQr<Account extends OtpAccount>(
  accounts: readonly Account[],
  maxPerQr: number,
  maxText: number,
): Account[][] {
  const groups: Account[][] = [];
  let current: Account[] = [];
  for (const account of accounts) {
    const trial = [...current, account];
    if (current.length > 0 && (trial.length > maxPerQr || widestText(trial) > maxText)) {
      groups.push(current);
      current = [account];
    } else {
      current = trial;
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** The text's length with the widest batch numbers it could get (their varints vary). */
function widestText(accounts: readonly OtpAccount[]): number {
  return encodeMigrationUri(accounts, {
    batchSize: MAX_BATCH_SIZE,
    batchIndex: MAX_BATCH_SIZE - 1,
    batchId: -(2 ** 31),
  }).length;
}
