import browser from 'webextension-polyfill';
import { isDeviceId } from '../../core/sync/codec';
import { isRecord } from '../../core/vault/validate-params';
import { SYNC_STATUS_KEY, type SyncProblem } from '../../shared/model/sync';
import { currentPolicy } from '../policy/managed-policy';
import { storageItem } from '../storage-items';

/**
 * What sync keeps in storage.local. In clear: whether it is on, this browser's device id, the
 * synced set it belongs to and the generation of its passphrase slot, and the status the pages
 * show (times, counts, problem codes). Sealed under the vault key: the sync state (state-store.ts).
 */

export interface SyncSetup {
  readonly enabled: boolean;
  /** Random, made once per browser profile; stamps this browser's writes. */
  readonly device: string;
  /** The synced set this browser joined or started; null before. */
  readonly set: string | null;
  /** The generation of the synced passphrase slot this browser's vault holds. */
  readonly slotGen: number;
  /** A round took a passphrase slot from another browser: the next unlock needs the new one. */
  readonly passphraseChanged: boolean;
}

export const SETUP_KEY = 'syncSetup';

export const syncSetupItem = storageItem<SyncSetup | null>('local', SETUP_KEY, null, (stored) => {
  if (!isRecord(stored) || !isDeviceId(stored.device)) return undefined;
  const { enabled, set, slotGen, passphraseChanged } = stored;
  if (typeof enabled !== 'boolean' || typeof passphraseChanged !== 'boolean') return undefined;
  if (set !== null && typeof set !== 'string') return undefined;
  if (!Number.isSafeInteger(slotGen) || (slotGen as number) < 0) return undefined;
  return { enabled, device: stored.device, set, slotGen: slotGen as number, passphraseChanged };
});

/** The setup, made on first use with a new device id. */
export async function syncSetup(): Promise<SyncSetup> {
  const stored = await syncSetupItem.get();
  if (stored) return stored;
  const device = Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) =>
    (byte % 36).toString(36),
  ).join('');
  const setup: SyncSetup = {
    enabled: false,
    device,
    set: null,
    slotGen: 0,
    passphraseChanged: false,
  };
  await syncSetupItem.set(setup);
  return setup;
}

export interface StoredSyncStatus {
  readonly lastSyncAt: number | null;
  readonly accountsSynced: number;
  readonly problem: SyncProblem | null;
}

const noStatus: StoredSyncStatus = { lastSyncAt: null, accountsSynced: 0, problem: null };

/** Written after every round and action: the pages listen to this key (use-sync-status.ts). */
export const syncStatusItem = storageItem<StoredSyncStatus>(
  'local',
  SYNC_STATUS_KEY,
  noStatus,
  (stored) => {
    if (!isRecord(stored)) return undefined;
    const { lastSyncAt, accountsSynced, problem } = stored;
    if (lastSyncAt !== null && !Number.isSafeInteger(lastSyncAt)) return undefined;
    if (!Number.isSafeInteger(accountsSynced)) return undefined;
    if (problem !== null && !(isRecord(problem) && typeof problem.code === 'string'))
      return undefined;
    return stored as unknown as StoredSyncStatus;
  },
);

export async function noteSyncProblem(problem: SyncProblem | null): Promise<void> {
  await syncStatusItem.set({ ...(await syncStatusItem.get()), problem });
}

/** The browser's sync storage, or null where there is none (some Firefox builds, policy). */
export function syncArea(): browser.Storage.StorageArea | null {
  return (browser.storage as { sync?: browser.Storage.StorageArea }).sync ?? null;
}

/** The organisation turned sync off (managed policy): no round, no join, nothing offered. */
export async function syncForbidden(): Promise<boolean> {
  return (await currentPolicy()).disableSync;
}
