import { isRecord } from '../vault/validate-params';
import type { Stamp, VersionVector } from './clock';
import { isPositionKey } from './positions';
import {
  REGISTER_FIELDS,
  type Deletion,
  type Merge,
  type ParamsWrite,
  type RecordFields,
  type Register,
  type SyncRecord,
} from './record';

/**
 * A sync record <-> JSON text (what is encrypted into one storage.sync item). Reading is
 * strict about the structure (stamps, vectors, registers) and leaves the account's own values
 * to entryOf, which validates them like any stored account: a record that decrypts but is
 * malformed is refused whole, never half taken in.
 */

export const MAX_DEVICES = 64;
const DEVICE_ID = /^[0-9a-z]{1,16}$/;

/**
 * Canonical JSON (object keys sorted at every level): two browsers holding the same record
 * write the same text, so its digest in the revision is the same too.
 */
export function encodeRecord(record: SyncRecord): string {
  return canonicalJson(record);
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map(
        (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
      );
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value);
}

export function decodeRecord(text: string, id: string): SyncRecord | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(raw) || raw.id !== id) return null;
  const vv = vector(raw.vv);
  const fields = registers(raw.fields);
  const params = paramsWrites(raw.params);
  const origins = originRegisters(raw.origins);
  const deleted = raw.deleted === null ? null : deletion(raw.deleted);
  const merged = raw.merged === null ? null : merge(raw.merged);
  if (!vv || !fields || !params || !origins || deleted === undefined || merged === undefined)
    return null;
  if (!isPositionKey(fields.pos.v) && fields.pos.v !== '') return null;
  return { id, vv, fields, params, origins, deleted, merged };
}

export function isDeviceId(value: unknown): value is string {
  return typeof value === 'string' && DEVICE_ID.test(value);
}

function stamp(value: unknown): Stamp | null {
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [counter, device] = value as unknown[];
  if (!Number.isSafeInteger(counter) || (counter as number) < 0 || !isDeviceId(device)) return null;
  return [counter as number, device];
}

function vector(value: unknown): VersionVector | null {
  if (!isRecord(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > MAX_DEVICES) return null;
  const result: Record<string, number> = {};
  for (const [device, counter] of entries) {
    if (!isDeviceId(device) || !Number.isSafeInteger(counter) || (counter as number) < 0)
      return null;
    result[device] = counter as number;
  }
  return result;
}

function register(value: unknown): Register<unknown> | null {
  if (!isRecord(value) || !('v' in value)) return null;
  const s = stamp(value.s);
  return s && { v: value.v, s };
}

function registers(value: unknown): RecordFields | null {
  if (!isRecord(value)) return null;
  const result: Record<string, Register<unknown>> = {};
  for (const name of REGISTER_FIELDS) {
    const checked = register(value[name]);
    if (!checked) return null;
    result[name] = checked;
  }
  const { pos, createdAt, updatedAt } = result;
  if (typeof pos?.v !== 'string') return null;
  if (!Number.isSafeInteger(createdAt?.v) || !Number.isSafeInteger(updatedAt?.v)) return null;
  // The other values are the account's, checked by entryOf (validate-entry) when shown.
  return result as unknown as RecordFields;
}

function paramsWrites(value: unknown): ParamsWrite[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_DEVICES) return null;
  const writes: ParamsWrite[] = [];
  for (const item of value as unknown[]) {
    if (!isRecord(item) || !isRecord(item.v) || !isTime(item.t)) return null;
    const s = stamp(item.s);
    if (!s) return null;
    // The parameters themselves are checked by checkParams when the account is shown.
    writes.push({ v: item.v as unknown as ParamsWrite['v'], s, t: item.t });
  }
  return writes;
}

function originRegisters(value: unknown): Record<string, Register<boolean>> | null {
  if (!isRecord(value)) return null;
  const result: Record<string, Register<boolean>> = {};
  for (const [origin, item] of Object.entries(value)) {
    const checked = register(item);
    if (!checked || typeof checked.v !== 'boolean' || origin.length > 2048) return null;
    result[origin] = checked as Register<boolean>;
  }
  return result;
}

function deletion(value: unknown): Deletion | undefined {
  if (!isRecord(value) || !isTime(value.at)) return undefined;
  const seen = vector(value.seen);
  return seen ? { seen, at: value.at } : undefined;
}

function merge(value: unknown): Merge | undefined {
  if (!isRecord(value) || typeof value.into !== 'string' || value.into.length > 64)
    return undefined;
  const seen = vector(value.seen);
  return seen ? { into: value.into, seen } : undefined;
}

/** A time in ms that Date can hold (copies are named with its day). */
function isTime(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= 8.64e15;
}
