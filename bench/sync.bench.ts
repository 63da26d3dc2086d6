/**
 * Sync: one round that merges two 500-account replicas (each browser edited 100 accounts the
 * other has not seen), and opening the 500 sealed items such a round reads from storage.sync.
 * A vault this size does not fit the browsers' sync quota (about 100 KB); the merge itself
 * is what is measured here, at the scale the issue names.
 */
import { itemKey } from '../src/core/crypto';
import { openRecord, sealRecord } from '../src/core/sync/items';
import { syncRound } from '../src/core/sync/round';
import { emptySyncState, type SyncState } from '../src/core/sync/state';
import { addEntry, emptyVault, updateEntry, type VaultData } from '../src/core/vault';
import type { Bench } from './harness';

const NOW = 1_750_000_000_000;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function secretOf(index: number): string {
  let text = '';
  let value = index * 2_654_435_761 + 12_345;
  for (let position = 0; position < 32; position++) {
    value = (value * 1_103_515_245 + 12_345) >>> 0;
    text += ALPHABET.charAt(value >>> 27);
  }
  return text;
}

function replicas() {
  let vault: VaultData = emptyVault();
  for (let index = 0; index < 500; index++) {
    vault = addEntry(
      vault,
      {
        issuer: 'Sonar',
        account: `${String(100 + index)}@organization.com`,
        origins: ['https://sonar.net2phone.ca'],
        params: { type: 'totp', secret: secretOf(index), algorithm: 'SHA1', digits: 6, period: 30 },
      },
      { now: NOW, id: `account-${String(index)}` },
    ).vault;
  }
  const first = syncRound({
    state: emptySyncState(),
    vault,
    incoming: [],
    device: 'aaaa',
    now: NOW,
  });
  const second = syncRound({
    state: emptySyncState(),
    vault: emptyVault(),
    incoming: first.state.records.values(),
    device: 'bbbb',
    now: NOW + 1000,
  });
  const edit = (start: VaultData, from: number, note: string) => {
    let edited = start;
    for (let index = from; index < from + 100; index++)
      edited = updateEntry(edited, `account-${String(index)}`, { note }, { now: NOW + 5000 });
    return edited;
  };
  const a = syncRound({
    state: first.state,
    vault: edit(first.vault, 0, 'edited in a'),
    incoming: [],
    device: 'aaaa',
    now: NOW + 6000,
  });
  return { a: a.state, b: { state: second.state, vault: edit(second.vault, 200, 'edited in b') } };
}

export async function run(bench: Bench): Promise<void> {
  const { a, b } = replicas();
  const merge = (into: { state: SyncState; vault: VaultData }) =>
    syncRound({
      state: into.state,
      vault: into.vault,
      incoming: a.records.values(),
      device: 'bbbb',
      now: NOW + 7000,
    });
  await bench.measure('sync round: merge two 500-account replicas', () => merge(b), {
    runs: 21,
    warmup: 3,
    note: '100 concurrent edits on each side',
  });
  const key = await itemKey(crypto.getRandomValues(new Uint8Array(32)));
  const items = await Promise.all([...a.records.values()].map((record) => sealRecord(key, record)));
  const ids = [...a.records.keys()];
  await bench.measure('sync: open 500 sealed account items', () =>
    Promise.all(items.map((item, index) => openRecord(key, ids[index] ?? '', item))),
  );
}
