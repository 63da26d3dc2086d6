import type { VaultData } from '../../core/vault';
import { storageItem } from '../storage-items';

/** When the last backup file was made: a date, not a secret, so storage.local. */
export const lastBackupItem = storageItem<number | null>('local', 'lastBackupAt', null, (stored) =>
  Number.isSafeInteger(stored) && (stored as number) > 0 ? (stored as number) : undefined,
);

/** The popup's quiet "Not backed up": some account is newer than the last backup file. */
export function backupNeeded(data: VaultData, lastBackupAt: number | null): boolean {
  return data.entries.some((entry) => lastBackupAt === null || entry.createdAt > lastBackupAt);
}
