import { LIMITS } from '../vault/entry';
import { duplicateKey } from '../vault/operations';
import { compareStamps, nextCounter, withWrite, type Stamp } from './clock';
import {
  currentParams,
  isAlive,
  latestParamsWrite,
  type ParamsWrite,
  type Register,
  type SyncRecord,
} from './record';
import { compareText, entryOf, isShown, type SyncState } from './state';

/**
 * What a merge can leave that a vault cannot hold, settled by writes of this device. Every
 * device settles the same way, so writes made twice (by two devices at once) agree:
 * - one account with two secrets (set up again on two devices at once): the latest write
 *   keeps the account; each other secret becomes a copy named with the day it was written,
 *   under an id every device derives alike;
 * - one account added on two devices (same secret and name, two ids): the smaller id stays,
 *   takes the other's bound origins, and the other is merged into it (record.ts, Merge).
 */
export function settle(state: SyncState, device: string, now: number): SyncState {
  const stamp: Stamp = [nextCounter(state.clock, now), device];
  const records = new Map(state.records);
  let wrote = false;
  const write = (record: SyncRecord) => {
    records.set(record.id, { ...record, vv: withWrite(record.vv, stamp) });
    wrote = true;
  };
  for (const record of state.records.values()) {
    if (!isAlive(record)) continue;
    const secrets = new Set(record.params.map((entry) => entry.v.secret));
    if (secrets.size < 2) continue;
    const latest = currentParams(record);
    for (const loser of losingWrites(record)) {
      const id = copyId(record.id, loser.s);
      if (!records.has(id)) write(copyOf(record, loser, id, stamp));
    }
    write({ ...record, params: [{ v: latest, s: stamp, t: paramsTime(record) }] });
  }
  const byKey = new Map<string, SyncRecord>();
  const live = [...records.values()]
    .filter((record) => isShown(record, records))
    .sort((a, b) => compareText(a.id, b.id));
  for (const record of live) {
    const entry = entryOf(record);
    if (!entry) continue;
    const key = duplicateKey(entry);
    const keeper = byKey.get(key);
    if (!keeper) {
      byKey.set(key, record);
      continue;
    }
    const folded = foldTwin(keeper, record, stamp);
    if (folded) {
      write(folded);
      byKey.set(key, records.get(keeper.id) ?? keeper);
    }
    const vv = withWrite(record.vv, stamp);
    records.set(record.id, { ...record, vv, merged: { into: keeper.id, seen: vv } });
    wrote = true;
  }
  return wrote ? { records, clock: stamp[0] } : state;
}

/**
 * What the twin holds that the account it merges into lacks, written into that account: a
 * note or site where it has none (or a later one), each bound origin whose register is later
 * than the account's (so an origin unbound later stays unbound), and a higher HOTP counter.
 * Null when nothing is to be taken.
 */
function foldTwin(keeper: SyncRecord, twin: SyncRecord, stamp: Stamp): SyncRecord | null {
  let changed = false;
  const fields = { ...keeper.fields };
  const later = <Value>(mine: Register<Value>, theirs: Register<Value>) =>
    compareStamps(theirs.s, mine.s) > 0 && JSON.stringify(mine.v) !== JSON.stringify(theirs.v);
  const { note, siteId } = twin.fields;
  if (note.v !== '' && (fields.note.v === '' || later(fields.note, note))) {
    fields.note = { v: note.v, s: stamp };
    changed = true;
  }
  if (siteId.v !== null && (fields.siteId.v === null || later(fields.siteId, siteId))) {
    fields.siteId = { v: siteId.v, s: stamp };
    changed = true;
  }
  const origins = { ...keeper.origins };
  for (const [origin, register] of Object.entries(twin.origins)) {
    const mine = origins[origin];
    if (mine ? !later(mine, register) : !register.v) continue;
    origins[origin] = { v: register.v, s: stamp };
    changed = true;
  }
  let { params } = keeper;
  const mine = currentParams(keeper);
  const theirs = currentParams(twin);
  if (mine.type === 'hotp' && theirs.type === 'hotp' && theirs.counter > mine.counter) {
    params = [
      { v: { ...mine, counter: theirs.counter }, s: stamp, t: latestParamsWrite(keeper).t },
    ];
    changed = true;
  }
  return changed ? { ...keeper, fields, origins, params } : null;
}

/** The latest write of each secret other than the winner's. */
function losingWrites(record: SyncRecord): ParamsWrite[] {
  const winner = latestParamsWrite(record);
  const bySecret = new Map<string, ParamsWrite>();
  for (const write of record.params) {
    if (write.v.secret !== winner.v.secret) bySecret.set(write.v.secret, write);
  }
  return [...bySecret.values()];
}

/** Derived from the account and the losing write, so every device names the copy alike. */
export function copyId(id: string, stamp: Stamp): string {
  return `${id.slice(0, 36)}~${String(stamp[0])}${stamp[1]}`.slice(0, 64);
}

function copyOf(record: SyncRecord, loser: ParamsWrite, id: string, stamp: Stamp): SyncRecord {
  const day = new Date(loser.t).toISOString().slice(0, 10);
  const account = `${record.fields.account.v} (${day})`.slice(0, LIMITS.account);
  const register = <Value>(v: Value) => ({ v, s: stamp });
  const fields = { ...record.fields };
  return {
    id,
    vv: {},
    fields: {
      issuer: register(fields.issuer.v),
      account: register(account),
      note: register(fields.note.v),
      siteId: register(fields.siteId.v),
      standby: register(null),
      // Right under the account it was split from.
      pos: register(`${fields.pos.v}1`),
      createdAt: register(loser.t),
      updatedAt: register(loser.t),
    },
    params: [{ ...loser, s: stamp }],
    origins: Object.fromEntries(
      Object.entries(record.origins)
        .filter(([, bound]) => bound.v)
        .map(([origin]) => [origin, register(true)]),
    ),
    deleted: null,
    merged: null,
  };
}

/** When the parameters in force were written (kept on the settled write: it names copies). */
function paramsTime(record: SyncRecord): number {
  return latestParamsWrite(record).t;
}
