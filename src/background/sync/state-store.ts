import browser from 'webextension-polyfill';
import { openItem, sealItem, type SealedItem } from '../../core/crypto';
import { decodeRecord, encodeRecord } from '../../core/sync/codec';
import { SYNC_FORMAT, SYNC_VERSION } from '../../core/sync/items';
import type { SyncRecord } from '../../core/sync/record';
import { emptySyncState, type SyncState } from '../../core/sync/state';
import { isRecord } from '../../core/vault/validate-params';

/**
 * This browser's sync state (every record it knows, tombstones included), sealed under the
 * vault key in storage.local: it holds secrets. Written by the vault service in the same call
 * as the vault (syncVault), so the two never disagree. Unreadable reads as empty: the next
 * round rebuilds it from the vault and the synced items, losing nothing.
 */

export const STATE_KEY = 'syncState';

const label = (device: string) => [SYNC_FORMAT, SYNC_VERSION, 'state', device];

export async function sealState(
  key: CryptoKey,
  device: string,
  state: SyncState,
): Promise<SealedItem> {
  const records = [...state.records.values()].map(encodeRecord);
  const text = JSON.stringify({ clock: state.clock, records });
  return sealItem(key, label(device), new TextEncoder().encode(text));
}

export async function loadState(key: CryptoKey, device: string): Promise<SyncState> {
  const stored: unknown = (await browser.storage.local.get(STATE_KEY))[STATE_KEY];
  if (!isRecord(stored) || typeof stored.n !== 'string' || typeof stored.c !== 'string')
    return emptySyncState();
  const plaintext = await openItem(key, label(device), { n: stored.n, c: stored.c });
  if (!plaintext) return emptySyncState();
  try {
    const raw: unknown = JSON.parse(new TextDecoder().decode(plaintext));
    if (!isRecord(raw) || !Number.isSafeInteger(raw.clock) || !Array.isArray(raw.records))
      return emptySyncState();
    const records = new Map<string, SyncRecord>();
    for (const text of raw.records as unknown[]) {
      if (typeof text !== 'string') continue;
      const id = (JSON.parse(text) as { id?: unknown }).id;
      const record = typeof id === 'string' ? decodeRecord(text, id) : null;
      if (record) records.set(record.id, record);
    }
    return { records, clock: raw.clock as number };
  } catch {
    return emptySyncState();
  }
}

export async function forgetState(): Promise<void> {
  await browser.storage.local.remove(STATE_KEY);
}
