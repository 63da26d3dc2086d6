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
import { isExpiredTombstone, syncRound } from '../../core/sync/round';
import { isShown } from '../../core/sync/state';
import type { VaultData } from '../../core/vault';
import type { SyncProblem } from '../../shared/model/sync';
import { syncVault, vaultState } from '../vault/vault-service';
import { settleSlot } from './key-slot';
import { loadState, sealState, STATE_KEY } from './state-store';
import {
  SETUP_KEY,
  noteSyncProblem,
  syncArea,
  syncForbidden,
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
  if (!(await syncSetup()).enabled || (await vaultState()) !== 'unlocked') return null;
  if (await syncForbidden()) return null;
  const area = syncArea();
  if (!area) {
    await noteSyncProblem({ code: 'unavailable' });
    return null;
  }
  let retryIn: number | null = null;
  await syncVault(async ({ data, key, envelope }) => {
    // Read in the vault's queue: no other round, lock or setting change runs meanwhile.
    const [setup, status, remote] = await Promise.all([
      syncSetup(),
      syncStatusItem.get(),
      area.get(null),
    ]);
    if (!setup.enabled) return null;
    const problemOnly = (problem: SyncProblem) => ({
      data,
      envelope,
      alongside: { [SYNC_STATUS_KEY]: { ...status, problem } },
    });
    const keyItem = readKeyItem(remote[KEY_ITEM]);
    // Damaged, or from a newer version: never written over (the other browsers need it).
    if (!keyItem && remote[KEY_ITEM] !== undefined)
      return problemOnly({ code: 'unreadable', count: 1 });
    const slot = await settleSlot(keyItem, setup, envelope, key);
    if (slot.kind === 'other-vault') return problemOnly({ code: 'other-vault' });
    const cryptoKey = await itemKey(key);
    const state = await loadState(cryptoKey, setup.device);
    const incoming: SyncRecord[] = [];
    const expired: string[] = [];
    let unreadable = 0;
    for (const [name, value] of Object.entries(remote)) {
      const id = accountIdOf(name);
      if (id === null) continue;
      const known = state.records.get(id);
      if (!isAccountItem(value)) unreadable += 1;
      else if (!known || recordRevision(known) !== value.r) {
        const record = await openRecord(cryptoKey, id, value);
        if (!record) unreadable += 1;
        // Collected here already (or about to be): taking it in again would send it back.
        else if (isExpiredTombstone(record, now)) expired.push(name);
        else incoming.push(record);
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
      // A tombstone near its end that another browser already collected stays collected.
      else if (!stored && isExpiredTombstone(record, now, TOMBSTONE_SKEW_MS)) continue;
      else {
        item = await sealRecord(cryptoKey, record);
        uploads[name] = item;
      }
      sizes.set(record.id, itemBytes(name, item));
    }
    const removals = [
      // Unless this browser still holds the account alive (an edit the delete never saw).
      ...expired.filter((name) => !(name in uploads)),
      ...result.collected.map(accountItemKey).filter((name) => name in remote),
    ];
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

/** How far apart two browsers' clocks may be without tombstones going back and forth. */
const TOMBSTONE_SKEW_MS = 7 * 24 * 60 * 60 * 1000;

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
