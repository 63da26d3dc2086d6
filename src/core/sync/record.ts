import type { OtpParameters } from '../otp-types';
import type { Standby } from '../vault/entry';
import {
  compareStamps,
  covers,
  joinVectors,
  sameStamp,
  type Stamp,
  type VersionVector,
} from './clock';

/**
 * One account as sync keeps it: a state that two copies merge into one the same way in any
 * order (a join: commutative, associative, idempotent).
 * - Names, note, site, standby, position and dates are last-writer-wins registers: of two
 *   concurrent writes the higher stamp wins, and writes to different fields both stay.
 * - The OTP parameters are a multi-value register: concurrent writes are all kept until a
 *   later write has seen them, because two different secrets must both survive (settle.ts
 *   turns the loser into a named copy).
 * - Bound origins are one register each, so adding one host here and another there keeps both.
 * - A delete records what it had seen: the account stays gone unless some write it had not
 *   seen exists (an edit made meanwhile elsewhere wins over the delete: nothing is lost).
 */

export interface Register<Value> {
  readonly v: Value;
  readonly s: Stamp;
}

/** A write of the OTP parameters; `t` (ms since the epoch) names a copy made from it. */
export interface ParamsWrite {
  readonly v: OtpParameters;
  readonly s: Stamp;
  readonly t: number;
}

export interface RecordFields {
  readonly issuer: Register<string>;
  readonly account: Register<string>;
  readonly note: Register<string>;
  readonly siteId: Register<string | null>;
  readonly standby: Register<Standby | null>;
  /** Sort key of the list order (positions.ts). */
  readonly pos: Register<string>;
  readonly createdAt: Register<number>;
  readonly updatedAt: Register<number>;
}

export const REGISTER_FIELDS = [
  'issuer',
  'account',
  'note',
  'siteId',
  'standby',
  'pos',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof RecordFields)[];

export interface Deletion {
  /** Every write the deleting device had taken in. */
  readonly seen: VersionVector;
  /** When (ms since the epoch): tombstones are collected some weeks later. */
  readonly at: number;
}

/**
 * The account was found to be another record's twin (the same one added in two browsers) and
 * is shown through that one: hidden while `into` is shown, unless a write it had not seen
 * arrives. Unlike a delete, it comes back if `into` goes, so a twin removed elsewhere by
 * someone who never saw this one loses nothing.
 */
export interface Merge {
  readonly into: string;
  readonly seen: VersionVector;
}

export interface SyncRecord {
  readonly id: string;
  readonly vv: VersionVector;
  readonly fields: RecordFields;
  /** Concurrent writes not yet superseded, by stamp; never empty. */
  readonly params: readonly ParamsWrite[];
  /** Origin -> bound or not. */
  readonly origins: Readonly<Record<string, Register<boolean>>>;
  readonly deleted: Deletion | null;
  readonly merged: Merge | null;
}

export function mergeRecords(a: SyncRecord, b: SyncRecord): SyncRecord {
  const fields = {} as Record<keyof RecordFields, Register<unknown>>;
  for (const name of REGISTER_FIELDS) {
    fields[name] = laterRegister<unknown>(a.fields[name], b.fields[name]);
  }
  const origins: Record<string, Register<boolean>> = { ...a.origins };
  for (const [origin, register] of Object.entries(b.origins)) {
    const mine = origins[origin];
    origins[origin] = mine ? laterRegister(mine, register) : register;
  }
  return {
    id: a.id,
    vv: joinVectors(a.vv, b.vv),
    fields: fields as unknown as RecordFields,
    params: mergeParams(a, b),
    origins,
    deleted: mergeDeletions(a.deleted, b.deleted),
    merged: mergeMerges(a.merged, b.merged),
  };
}

function laterRegister<Value>(a: Register<Value>, b: Register<Value>): Register<Value> {
  const order = compareStamps(a.s, b.s);
  if (order !== 0) return order > 0 ? a : b;
  // One stamp, two values: only a counter used twice does this. Any fixed choice converges.
  if (a.v === b.v) return a;
  return JSON.stringify(a.v) >= JSON.stringify(b.v) ? a : b;
}

/** A write stays unless the other side had seen it and no longer holds it. */
function mergeParams(a: SyncRecord, b: SyncRecord): ParamsWrite[] {
  const kept = a.params.filter(
    (write) => b.params.some((other) => sameStamp(other.s, write.s)) || !covers(b.vv, write.s),
  );
  for (const write of b.params) {
    if (kept.some((other) => sameStamp(other.s, write.s))) continue;
    if (!covers(a.vv, write.s)) kept.push(write);
  }
  return kept.sort((x, y) => compareStamps(x.s, y.s));
}

function mergeDeletions(a: Deletion | null, b: Deletion | null): Deletion | null {
  if (!a || !b) return a ?? b;
  return { seen: joinVectors(a.seen, b.seen), at: Math.max(a.at, b.at) };
}

function mergeMerges(a: Merge | null, b: Merge | null): Merge | null {
  if (!a || !b) return a ?? b;
  return { into: a.into < b.into ? a.into : b.into, seen: joinVectors(a.seen, b.seen) };
}

function* stampsOf(record: SyncRecord): Generator<Stamp> {
  for (const name of REGISTER_FIELDS) yield record.fields[name].s;
  for (const write of record.params) yield write.s;
  for (const register of Object.values(record.origins)) yield register.s;
}

/** Not deleted, or written to by someone who had not seen the delete. */
export function isAlive(record: SyncRecord): boolean {
  return !record.deleted || hasWriteUnseenBy(record, record.deleted.seen);
}

export function hasWriteUnseenBy(record: SyncRecord, seen: VersionVector): boolean {
  for (const stamp of stampsOf(record)) if (!covers(seen, stamp)) return true;
  return false;
}

/** The parameters in force: the latest write's (an HOTP counter never goes back). */
export function currentParams(record: SyncRecord): OtpParameters {
  const latest = latestParamsWrite(record);
  if (latest.v.type !== 'hotp') return latest.v;
  let counter = latest.v.counter;
  for (const { v } of record.params) {
    if (v.type === 'hotp' && v.secret === latest.v.secret) counter = Math.max(counter, v.counter);
  }
  return { ...latest.v, counter };
}

/** The params write with the highest stamp (a record always has one: parsing checks). */
export function latestParamsWrite(record: SyncRecord): ParamsWrite {
  const latest = record.params.at(-1);
  if (!latest) throw new Error('A sync record has no parameters');
  return latest;
}
