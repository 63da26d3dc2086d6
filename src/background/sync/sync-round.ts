import { itemKey } from '../../core/crypto';
import {
  accountIdOf,
  accountItemKey,
  fitOf,
  isAccountItem,
  itemBytes,
  openRecord,
  recordRevision,
  sealRecord,
  type AccountItem,
} from '../../core/sync/items';
import { KEY_ITEM, readKeyItem } from '../../core/sync/key-item';
import type { SyncRecord } from '../../core/sync/record';
import { syncRound } from '../../core/sync/round';
import { isShown } from '../../core/sync/state';
import type { VaultData } from '../../core/vault';
import type { SyncProblem } from '../../shared/model/sync';
import { syncVault, vaultState } from '../vault/vault-service';
import { settleSlot } from './key-slot';
import { loadState, sealState, STATE_KEY } from './state-store';
import {
  SETUP_KEY,
  syncArea,
  syncSetup,
  syncStatusItem,
  type StoredSyncStatus,
} from './sync-items';
import { SYNC_STATUS_KEY } from '../../shared/model/sync';
import { noteWrites, writeWait } from './write-budget';

/**
 * One sync round: read storage.sync, settle the passphrase slot, merge the records, and write
 * back what changed, all or nothing; the merged vault, the sealed state, the setup and the
 * status are then stored in one storage.local write (vault-service syncVault). Returns the
 * ms to wait before the next try when the writes must wait for the browser's budget.
 */
export async function runSyncRound(now = Date.now()): Promise<number | null> {
  const setup = await syncSetup();
  if (!setup.enabled || (await vaultState()) !== 'unlocked') return null;
  const area = syncArea();
  if (!area) {
    await syncStatusItem.set({ ...(await syncStatusItem.get()), problem: { code: 'unavailable' } });
    return null;
  }
  const remote = await area.get(null);
  let retryIn: number | null = null;
  await syncVault(async ({ data, key, envelope }) => {
    const status = await syncStatusItem.get();
    const slot = await settleSlot(readKeyItem(remote[KEY_ITEM]), setup, envelope, key);
    if (slot.kind === 'other-vault') {
      return {
        data,
        envelope,
        alongside: { [SYNC_STATUS_KEY]: { ...status, problem: { code: 'other-vault' } } },
      };
    }
    const cryptoKey = await itemKey(key);
    const state = await loadState(cryptoKey, setup.device);
    const incoming: SyncRecord[] = [];
    let unreadable = 0;
    for (const [name, value] of Object.entries(remote)) {
      const id = accountIdOf(name);
      if (id === null) continue;
      const known = state.records.get(id);
      if (!isAccountItem(value)) unreadable += 1;
      else if (!known || recordRevision(known) !== value.r) {
        const record = await openRecord(cryptoKey, id, value);
        if (record) incoming.push(record);
        else unreadable += 1;
      }
    }
    const result = syncRound({ state, vault: data, incoming, device: setup.device, now });

    const uploads: Record<string, unknown> = {};
    if (slot.publish) uploads[KEY_ITEM] = slot.publish;
    const sizes = new Map<string, number>();
    for (const record of result.state.records.values()) {
      const name = accountItemKey(record.id);
      const stored = remote[name];
      let item: AccountItem;
      if (isAccountItem(stored) && stored.r === recordRevision(record)) item = stored;
      else {
        item = await sealRecord(cryptoKey, record);
        uploads[name] = item;
      }
      sizes.set(record.id, itemBytes(name, item));
    }
    const removals = result.collected.map(accountItemKey).filter((name) => name in remote);
    const fit = fitOfRound(
      result.vault,
      result.state.records,
      sizes,
      uploads[KEY_ITEM] ?? remote[KEY_ITEM],
    );

    let problem: SyncProblem | null =
      unreadable > 0 ? { code: 'unreadable', count: unreadable } : null;
    let synced = status.lastSyncAt;
    if (!fit.fits) {
      problem = {
        code: 'too-big',
        accounts: result.vault.entries.length,
        fit: fit.accountsThatFit,
      };
    } else {
      const writes = (Object.keys(uploads).length > 0 ? 1 : 0) + (removals.length > 0 ? 1 : 0);
      const wait = writes > 0 ? await writeWait(now) : 0;
      if (wait > 0) retryIn = wait;
      else {
        try {
          if (Object.keys(uploads).length > 0) await area.set(uploads);
          if (removals.length > 0) await area.remove(removals);
          await noteWrites(now, writes);
          synced = now;
        } catch {
          problem = { code: 'write-refused' };
          retryIn = 60_000;
        }
      }
    }
    // What this browser's vault and its sync state become, whether or not the upload went.
    const nextStatus: StoredSyncStatus = {
      lastSyncAt: synced,
      accountsSynced: fit.fits ? fit.accountsThatFit : status.accountsSynced,
      problem,
    };
    return {
      data: sameVault(data, result.vault) ? data : result.vault,
      envelope: slot.envelope,
      alongside: {
        [STATE_KEY]: await sealState(cryptoKey, setup.device, result.state),
        [SETUP_KEY]: slot.setup,
        [SYNC_STATUS_KEY]: nextStatus,
      },
    };
  });
  return retryIn;
}

/**
 * The key item and every tombstone or hidden twin always go; live accounts count in list
 * order, so "N would fit" names the first N of the user's list.
 */
function fitOfRound(
  vault: VaultData,
  records: ReadonlyMap<string, SyncRecord>,
  sizes: ReadonlyMap<string, number>,
  keyItem: unknown,
) {
  const shown = new Set(vault.entries.map((entry) => entry.id));
  const fixed = [itemBytes(KEY_ITEM, keyItem ?? {})];
  for (const record of records.values()) {
    if (!shown.has(record.id) || !isShown(record, records)) fixed.push(sizes.get(record.id) ?? 0);
  }
  const accounts = vault.entries.map((entry) => sizes.get(entry.id) ?? 0);
  return fitOf(fixed, accounts);
}

function sameVault(a: VaultData, b: VaultData): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
