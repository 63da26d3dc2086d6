import { KEY_ITEM, readKeyItem, type KeyItem } from '../../core/sync/key-item';
import type { SyncStatus } from '../../shared/model/sync';
import { syncArea, syncForbidden, syncSetup, syncSetupItem, syncStatusItem } from './sync-items';

/** The synced set's key item, or null (none, damaged, or no sync storage in this browser). */
export async function remoteKeyItem(): Promise<KeyItem | null> {
  const area = syncArea();
  if (!area) return null;
  return readKeyItem((await area.get(KEY_ITEM))[KEY_ITEM]);
}

/** Where sync stands, for the pages: no secret, only codes, counts and times. */
export async function currentSyncStatus(): Promise<SyncStatus> {
  const [setup, stored, remote, forbidden] = await Promise.all([
    syncSetup(),
    syncStatusItem.get(),
    remoteKeyItem(),
    syncForbidden(),
  ]);
  const joined = remote !== null && remote.set === setup.set;
  if (forbidden) return { ...noSync, lastSyncAt: stored.lastSyncAt, forbidden };
  return {
    enabled: setup.enabled,
    forbidden,
    joinable: remote !== null && !joined,
    lastSyncAt: stored.lastSyncAt,
    accountsSynced: stored.accountsSynced,
    passphraseChanged:
      setup.enabled && (setup.passphraseChanged || (joined && remote.gen > setup.slotGen)),
    problem: syncArea() ? stored.problem : { code: 'unavailable' },
  };
}

const noSync: SyncStatus = {
  enabled: false,
  forbidden: false,
  joinable: false,
  lastSyncAt: null,
  accountsSynced: 0,
  passphraseChanged: false,
  problem: null,
};

/** For the vault's unlock: the synced slot, when it is newer than the one stored here. */
export async function newerSyncedSlot(): Promise<KeyItem | null> {
  const setup = await syncSetup();
  if (!setup.enabled || (await syncForbidden())) return null;
  const remote = await remoteKeyItem();
  return remote?.set === setup.set && remote.gen > setup.slotGen ? remote : null;
}

/**
 * After an unlock: the passphrase of today opened the vault, so no note is due. The slot's
 * generation is taken by the round that follows, once the key proves the synced slot genuine.
 */
export async function noteSlotCurrent(): Promise<void> {
  const setup = await syncSetup();
  if (setup.passphraseChanged) await syncSetupItem.set({ ...setup, passphraseChanged: false });
}
