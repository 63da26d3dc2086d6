import { storageItem } from '../storage-items';

/** When the last backup file was made: a date, not a secret, so storage.local. */
export const lastBackupItem = storageItem<number | null>('local', 'lastBackupAt', null, (stored) =>
  Number.isSafeInteger(stored) && (stored as number) > 0 ? (stored as number) : undefined,
);
