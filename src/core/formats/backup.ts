import {
  createVault,
  decryptPayload,
  encryptForPassphraseSlot,
  parseEnvelope,
  unlockWithPassphrase,
  VaultCryptoError,
  type StoredPassphraseSlot,
  type VaultEnvelope,
} from '../crypto';
import { LIMITS, type VaultEntry } from '../vault/entry';
import { isRecord } from '../vault/validate-params';
import { checkEntry } from '../vault/validate-entry';
import { labelOf } from './entry';
import { fileError } from './file-errors';
import { forgetJson, readJson } from './json';
import type { FailedEntry, FormatError } from './types';

/**
 * The backup file (docs/backup-format.md): a version-1 vault envelope (Argon2id slot, AES-256-GCM
 * payload, sealed header) wrapped in a small JSON object that names the format. What it holds:
 * every account with its bound origins, order, note and HOTP counter, and the settings.
 */

export const BACKUP_FORMAT = 'sonar-authenticator-backup';
export const BACKUP_VERSION = 1;

/**
 * A file's Argon2id cost is chosen by whoever wrote the file: more than this is refused before
 * running, so a crafted file cannot make the worker allocate a gigabyte. Four times the default.
 */
const MAX_FILE_KDF = { memoryKiB: 262_144, iterations: 12, parallelism: 4 } as const;

export interface BackupContents {
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
  readonly entries: readonly VaultEntry[];
  /** Checked by whoever applies them (the background owns the settings' rules). */
  readonly settings: unknown;
}

export type BackupProtection =
  /** The vault's own passphrase slot: the file opens with the vault passphrase of today. */
  | { readonly kind: 'vault'; readonly envelope: VaultEnvelope; readonly vaultKey: Uint8Array }
  /** A passphrase of its own: a fresh key, salt and slot. */
  | { readonly kind: 'passphrase'; readonly passphrase: string };

export interface OpenedBackup {
  readonly createdAt: number;
  readonly entries: readonly VaultEntry[];
  /** Entries this version cannot read; the others still restore. */
  readonly failed: readonly FailedEntry[];
  readonly settings: unknown;
}

export async function writeBackup(
  contents: BackupContents,
  protection: BackupProtection,
): Promise<string> {
  const payload = new TextEncoder().encode(
    JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, ...contents }),
  );
  let vault: VaultEnvelope;
  if (protection.kind === 'vault') {
    vault = await encryptForPassphraseSlot(protection.envelope, protection.vaultKey, payload);
  } else {
    const created = await createVault(payload, { passphrase: protection.passphrase });
    created.vaultKey.fill(0);
    vault = created.envelope;
  }
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, vault }, null, 1)}\n`;
}

/** Cheap and total: is this text one of our backup files (of any version)? */
export function isBackupFile(text: string): boolean {
  return text.slice(0, 4096).includes(`"${BACKUP_FORMAT}"`);
}

/** Throws FormatError: 'unknown-format', 'unknown-version', 'truncated', 'malformed', 'wrong-password', 'too-large'. */
export async function readBackup(text: string, passphrase: string): Promise<OpenedBackup> {
  let outer: unknown;
  try {
    outer = readJson(text);
  } finally {
    forgetJson();
  }
  if (!isRecord(outer) || outer.format !== BACKUP_FORMAT)
    throw fileError('unknown-format', 'it is not a backup of this extension');
  if (outer.version !== BACKUP_VERSION) throw unknownVersion();
  const envelope = envelopeOf(outer.vault);
  let bytes: Uint8Array;
  try {
    const key = await unlockWithPassphrase(envelope, passphrase);
    try {
      bytes = await decryptPayload(envelope, key);
    } finally {
      key.fill(0);
    }
  } catch (error) {
    throw cryptoFailure(error);
  }
  return contentsOf(bytes);
}

function envelopeOf(value: unknown): VaultEnvelope {
  let envelope: VaultEnvelope;
  try {
    envelope = parseEnvelope(value);
  } catch (error) {
    if (error instanceof VaultCryptoError && error.code === 'unsupported-version')
      throw unknownVersion();
    throw fileError('malformed');
  }
  const slot = envelope.slots.find(
    (candidate): candidate is StoredPassphraseSlot => candidate.kind === 'passphrase',
  );
  if (!slot) throw fileError('malformed', 'it has no passphrase to open it with');
  const kdf = slot.kdf;
  if (
    kdf.memoryKiB > MAX_FILE_KDF.memoryKiB ||
    kdf.iterations > MAX_FILE_KDF.iterations ||
    kdf.parallelism > MAX_FILE_KDF.parallelism
  )
    throw fileError('too-large', 'it asks for more work than allowed to open');
  return envelope;
}

function contentsOf(bytes: Uint8Array): OpenedBackup {
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw fileError('malformed');
  }
  // Inside the authenticated payload too: the outer version cannot be swapped unseen.
  if (!isRecord(payload) || payload.format !== BACKUP_FORMAT) throw fileError('malformed');
  if (payload.version !== BACKUP_VERSION) throw unknownVersion();
  const { createdAt, entries } = payload;
  if (!Number.isSafeInteger(createdAt) || !Array.isArray(entries)) throw fileError('malformed');
  if (entries.length > LIMITS.entries)
    throw fileError('too-large', 'it holds more accounts than a vault can');
  const read: VaultEntry[] = [];
  const failed: FailedEntry[] = [];
  const ids = new Set<string>();
  entries.forEach((value: unknown, index) => {
    const check = checkEntry(value);
    if (check.ok && !ids.has(check.entry.id)) {
      ids.add(check.entry.id);
      read.push(check.entry);
      return;
    }
    const names = isRecord(value) ? value : {};
    const text = (field: unknown) => (typeof field === 'string' ? field : null);
    failed.push({
      label: labelOf(text(names.issuer), text(names.account), index + 1),
      code: 'malformed-entry',
    });
  });
  return { createdAt: createdAt as number, entries: read, failed, settings: payload.settings };
}

function unknownVersion(): FormatError {
  return fileError(
    'unknown-version',
    'a newer version of this extension made it: update to open it',
  );
}

function cryptoFailure(error: unknown): unknown {
  if (!(error instanceof VaultCryptoError)) return error;
  if (error.code === 'wrong-passphrase' || error.code === 'empty-passphrase')
    return fileError('wrong-password');
  if (error.code === 'kdf-parameters-out-of-range')
    return fileError('too-large', 'it asks for more work than allowed to open');
  return fileError('malformed');
}
