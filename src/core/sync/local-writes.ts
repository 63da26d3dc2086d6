import type { VaultData, VaultEntry } from '../vault/entry';
import { nextCounter, withWrite, type Stamp } from './clock';
import { reposition } from './positions';
import {
  REGISTER_FIELDS,
  type ParamsWrite,
  type RecordFields,
  type Register,
  type SyncRecord,
} from './record';
import { materialize, type SyncState } from './state';

/**
 * What the user changed in this browser since the state was last materialized, as writes
 * stamped by this device: the vault the user sees is compared with the one the state shows,
 * field by field, so a change made while sync was off or the worker was asleep is found too.
 */
export function recordLocalChanges(
  state: SyncState,
  vault: VaultData,
  device: string,
  now: number,
): SyncState {
  const shown = new Map(materialize(state).vault.entries.map((entry) => [entry.id, entry]));
  // Deletes and moves carry no time of their own: they are stamped now.
  const stamp: Stamp = [nextCounter(state.clock, now), device];
  let clock = stamp[0];
  const records = new Map(state.records);
  let wrote = false;
  const write = (record: SyncRecord, at: Stamp = stamp) => {
    records.set(record.id, { ...record, vv: withWrite(record.vv, at) });
    wrote = true;
  };
  for (const entry of vault.entries) {
    const before = shown.get(entry.id);
    const record = records.get(entry.id);
    // An edit is stamped with the time it was made (not the time this round runs), so of two
    // concurrent edits the later one wins even when sync was off or the worker was asleep.
    const edited: Stamp = [nextCounter(state.clock, Math.min(entry.updatedAt, now)), device];
    clock = Math.max(clock, edited[0]);
    if (!before || !record) write(freshRecord(entry, record, edited, now), edited);
    else {
      const changed = changedRecord(record, before, entry, edited, now);
      if (!changed) continue;
      write(changed, edited);
      // Twins shown through this account change with it, so they stay its twins.
      for (const twin of state.records.values()) {
        if (twin.merged?.into !== entry.id || shown.has(twin.id)) continue;
        const follows = changedRecord(twin, before, entry, edited, now);
        if (follows) write(follows, edited);
      }
    }
  }
  const present = new Set(vault.entries.map((entry) => entry.id));
  const gone = [...shown.keys()].filter((id) => !present.has(id));
  // The account the user removed is also every twin shown through it (merged into it).
  for (const record of state.records.values()) {
    if (record.merged && gone.includes(record.merged.into) && !shown.has(record.id))
      gone.push(record.id);
  }
  for (const id of gone) {
    const record = records.get(id);
    if (!record) continue;
    const vv = withWrite(record.vv, stamp);
    records.set(id, { ...record, vv, deleted: { seen: vv, at: now } });
    wrote = true;
  }
  const positions = new Map<string, string>();
  for (const entry of vault.entries) {
    const record = records.get(entry.id);
    if (record && record.fields.pos.v !== '') positions.set(entry.id, record.fields.pos.v);
  }
  const moves = reposition(
    vault.entries.map((entry) => entry.id),
    positions,
  );
  for (const [id, key] of moves) {
    const record = records.get(id);
    if (record) write({ ...record, fields: { ...record.fields, pos: { v: key, s: stamp } } });
  }
  return wrote ? { records, clock } : state;
}

/**
 * A record for an account the state does not show: new here, or put back (an undone delete)
 * with its old id, whose record keeps its history so the revival merges like any write.
 */
function freshRecord(
  entry: VaultEntry,
  previous: SyncRecord | undefined,
  stamp: Stamp,
  now: number,
): SyncRecord {
  const register = <Value>(v: Value): Register<Value> => ({ v, s: stamp });
  const fields: RecordFields = {
    issuer: register(entry.issuer),
    account: register(entry.account),
    note: register(entry.note),
    siteId: register(entry.siteId),
    standby: register(entry.standby),
    // A placeholder below every real key: reposition gives it its place in the list.
    pos: register(previous?.fields.pos.v ?? ''),
    createdAt: register(entry.createdAt),
    updatedAt: register(entry.updatedAt),
  };
  const origins: Record<string, Register<boolean>> = {};
  for (const origin of Object.keys(previous?.origins ?? {})) origins[origin] = register(false);
  for (const origin of entry.origins) origins[origin] = register(true);
  const params: ParamsWrite[] = [{ v: entry.params, s: stamp, t: now }];
  return {
    id: entry.id,
    vv: previous?.vv ?? {},
    fields,
    params,
    origins,
    deleted: previous?.deleted ?? null,
    merged: previous?.merged ?? null,
  };
}

function changedRecord(
  record: SyncRecord,
  before: VaultEntry,
  after: VaultEntry,
  stamp: Stamp,
  now: number,
): SyncRecord | null {
  let changed = false;
  const fields: Record<string, Register<unknown>> = { ...record.fields };
  for (const name of REGISTER_FIELDS) {
    if (name === 'pos') continue;
    if (sameValue(before[name], after[name])) continue;
    fields[name] = { v: after[name], s: stamp };
    changed = true;
  }
  let params = record.params;
  if (!sameValue(before.params, after.params)) {
    params = [{ v: after.params, s: stamp, t: now }];
    changed = true;
  }
  const origins = { ...record.origins };
  for (const origin of before.origins) {
    if (after.origins.includes(origin)) continue;
    origins[origin] = { v: false, s: stamp };
    changed = true;
  }
  for (const origin of after.origins) {
    if (before.origins.includes(origin)) continue;
    origins[origin] = { v: true, s: stamp };
    changed = true;
  }
  if (!changed) return null;
  return { ...record, fields: fields as unknown as RecordFields, params, origins };
}

/** Field values are JSON (strings, numbers, null, small objects): compared as JSON. */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
