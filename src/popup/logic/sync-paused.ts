import type { SyncStatus } from '../../shared/model/sync';

/**
 * The list's quiet "Sync is paused" note: sync is on here but stopped until the user acts in
 * Options (the vault outgrew sync storage, or another vault is synced). Problems that clear
 * by themselves are not worth a note in the popup.
 */
export function syncIsPaused(status: SyncStatus | null): boolean {
  const code = status?.problem?.code;
  return status?.enabled === true && (code === 'too-big' || code === 'other-vault');
}
