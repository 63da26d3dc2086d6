import type { FailedEntry } from '../../core/formats/types';

/** Options -> Backup: when the last backup file was made (ms since the epoch), if ever. */
export interface BackupStatus {
  readonly lastBackupAt: number | null;
}

/** A file an extension page saves for the user (a backup, a plain export). */
export interface FileToSave {
  readonly fileName: string;
  readonly text: string;
}

/**
 * A backup file opened and held in the worker under `token` until the user confirms; the page
 * sees counts and names, never a secret. `into` says what "Restore" will do: create the vault
 * (first run) or merge into the open one.
 */
export interface RestorePreview {
  readonly token: string;
  readonly into: 'new-vault' | 'open-vault';
  readonly createdAt: number;
  /** Accounts that will be added (conflicts included). */
  readonly toAdd: number;
  /** Identical to an account already stored: left out. */
  readonly skipped: number;
  /** Names of accounts kept beside a stored one that differs, marked with the backup's date. */
  readonly conflicts: readonly string[];
  /** Accounts this version cannot read. */
  readonly failed: readonly FailedEntry[];
  readonly hasSettings: boolean;
}

export interface RestoreDone {
  readonly added: number;
  readonly skipped: number;
  readonly conflicts: number;
}
