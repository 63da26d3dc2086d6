import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syncRound } from '../../../src/core/sync/round';
import { emptySyncState, type SyncState } from '../../../src/core/sync/state';
import type { SyncRecord } from '../../../src/core/sync/record';
import {
  addEntry,
  emptyVault,
  moveEntry,
  removeEntry,
  updateEntry,
  VaultError,
  type VaultData,
} from '../../../src/core/vault';

/**
 * Three simulated browsers edit, delete, re-add and reorder accounts, and sync through a shared
 * store that behaves like storage.sync: each item is overwritten by whoever writes it last, so
 * two browsers writing the same account before they see each other's write is a real race.
 */

const DEVICES = ['aaaa', 'bbbb', 'cccc'] as const;
const SECRETS = ['JBSWY3DPEHPK3PXP', 'GEZDGNBVGY3TQOJQ', 'MFRGGZDFMZTWQ2LK', 'ONSWG4TFOQYTEMZU'];
const NAMES = ['101@organization.com', '102@organization.com', 'alex'];
const ORIGINS = ['https://sonar.net2phone.ca', 'https://portal.versature.com'];

type Op =
  | { kind: 'add'; device: number; secret: number; name: number }
  | { kind: 'rename'; device: number; pick: number; name: number }
  | { kind: 'note'; device: number; pick: number; note: string }
  | { kind: 'secret'; device: number; pick: number; secret: number }
  | { kind: 'origin'; device: number; pick: number; origin: number; bound: boolean }
  | { kind: 'delete'; device: number; pick: number }
  | { kind: 'move'; device: number; pick: number; to: number }
  | { kind: 'sync'; device: number }
  /** Reads the store now, writes it later (after other steps): the race. */
  | { kind: 'pull'; device: number };

const device = fc.integer({ min: 0, max: 2 });
const pick = fc.nat(3);
// Syncs weigh more, so accounts reach the other browsers before they are edited there.
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    device,
    secret: fc.nat(SECRETS.length - 1),
    name: fc.nat(NAMES.length - 1),
  }),
  fc.record({ kind: fc.constant('rename' as const), device, pick, name: fc.nat(NAMES.length - 1) }),
  fc.record({ kind: fc.constant('note' as const), device, pick, note: fc.constantFrom('a', 'b') }),
  fc.record({
    kind: fc.constant('secret' as const),
    device,
    pick,
    secret: fc.nat(SECRETS.length - 1),
  }),
  fc.record({
    kind: fc.constant('origin' as const),
    device,
    pick,
    origin: fc.nat(ORIGINS.length - 1),
    bound: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('delete' as const), device, pick }),
  fc.record({ kind: fc.constant('move' as const), device, pick, to: fc.nat(5) }),
  { arbitrary: fc.record({ kind: fc.constant('sync' as const), device }), weight: 4 },
  fc.record({ kind: fc.constant('pull' as const), device }),
);

/** Which edits (by number) a copy of an account has taken in: the test's own bookkeeping. */
type Knowledge = Map<string, Set<number>>;

function at<Item>(list: readonly Item[], index: number): Item {
  const item = list[index];
  if (item === undefined) throw new Error(`No item ${String(index)}`);
  return item;
}

interface Device {
  readonly id: string;
  state: SyncState;
  vault: VaultData;
  knows: Knowledge;
  /** Records (and what they knew) pulled but not yet written back. */
  pending: { records: SyncRecord[]; knows: Knowledge } | null;
}

function copyKnowledge(knows: Knowledge): Knowledge {
  return new Map([...knows].map(([id, edits]) => [id, new Set(edits)]));
}

interface Expectation {
  /**
   * id + field (or origin) -> the writes to it. A browser's edits between two of its rounds
   * are one write, of where they ended: edits that come back to the value of its last round
   * are no write at all.
   */
  readonly writes: Map<string, FieldWrite[]>;
  /** id -> every name it had. */
  readonly namesOf: Map<string, Set<string>>;
  /** Every secret written, and those a browser replaced or deleted while it showed them. */
  readonly written: Set<string>;
  readonly superseded: Set<string>;
  /** id -> every edit made to it, and what each delete of it had seen. */
  readonly edits: Map<string, number[]>;
  readonly deletes: Map<string, Set<number>[]>;
  /** id -> every secret it had. */
  readonly secretsOf: Map<string, Set<string>>;
}

interface FieldWrite {
  readonly value: string | boolean;
  readonly edit: number;
  readonly device: number;
  landed: boolean;
}

function simulate(ops: readonly Op[]) {
  const store = new Map<string, SyncRecord>();
  const storeKnows: Knowledge = new Map();
  const devices: Device[] = DEVICES.map((id) => ({
    id,
    state: emptySyncState(),
    vault: emptyVault(),
    knows: new Map(),
    pending: null,
  }));
  const expected: Expectation = {
    writes: new Map(),
    written: new Set(),
    superseded: new Set(),
    edits: new Map(),
    deletes: new Map(),
    secretsOf: new Map(),
    namesOf: new Map(),
  };
  let edits = 0;
  const noteEdit = (target: Device, id: string, secret?: string, name?: string) => {
    edits += 1;
    if (name) expected.namesOf.set(id, new Set([...(expected.namesOf.get(id) ?? []), name]));
    expected.edits.set(id, [...(expected.edits.get(id) ?? []), edits]);
    target.knows.set(id, new Set([...(target.knows.get(id) ?? []), edits]));
    if (secret)
      expected.secretsOf.set(id, new Set([...(expected.secretsOf.get(id) ?? []), secret]));
  };
  let now = 1_750_000_000_000;
  let ids = 0;

  /** Each browser's vault as its last round left it. */
  const lastRound = new Map<Device, VaultData>();
  const valueAtLastRound = (target: Device, id: string, field: string) => {
    const entry = lastRound.get(target)?.entries.find((candidate) => candidate.id === id);
    if (!entry) return undefined;
    if (field.startsWith('origin:')) return entry.origins.includes(field.slice(7));
    return field === 'account' ? entry.account : entry.note;
  };
  const noteWrite = (target: Device, id: string, field: string, value: string | boolean) => {
    const key = `${id}/${field}`;
    const device = devices.indexOf(target);
    const others = (expected.writes.get(key) ?? []).filter(
      (write) => write.landed || write.device !== device,
    );
    if (valueAtLastRound(target, id, field) !== value)
      others.push({ value, edit: edits, device, landed: false });
    expected.writes.set(key, others);
  };
  const pull = (target: Device) => {
    const result = syncRound({
      state: target.state,
      vault: target.vault,
      incoming: [...store.values()],
      device: target.id,
      now,
    });
    target.state = result.state;
    target.vault = result.vault;
    lastRound.set(target, result.vault);
    const device = devices.indexOf(target);
    for (const writes of expected.writes.values()) {
      for (const write of writes) if (write.device === device) write.landed = true;
    }
    for (const [id, known] of storeKnows) {
      target.knows.set(id, new Set([...(target.knows.get(id) ?? []), ...known]));
    }
    return result.collected;
  };
  const push = (records: Iterable<SyncRecord>, knows: Knowledge) => {
    for (const record of records) {
      store.set(record.id, record);
      storeKnows.set(record.id, new Set(knows.get(record.id)));
    }
  };
  const sync = (target: Device) => {
    const collected = pull(target);
    for (const id of collected) store.delete(id);
    push(target.state.records.values(), target.knows);
  };
  const edit = (target: Device, id: string, change: (vault: VaultData) => VaultData) => {
    try {
      target.vault = change(target.vault);
      return true;
    } catch (error) {
      if (error instanceof VaultError) return false;
      throw error;
    }
  };

  for (const step of ops) {
    now += 1000;
    const target = at(devices, step.device);
    const entries = target.vault.entries;
    const chosen =
      entries.length > 0 ? entries[('pick' in step ? step.pick : 0) % entries.length] : undefined;
    switch (step.kind) {
      case 'add': {
        const id = `id-${String((ids += 1))}`;
        const secret = at(SECRETS, step.secret);
        const draft = {
          issuer: 'Sonar',
          account: at(NAMES, step.name),
          params: { type: 'totp', secret, algorithm: 'SHA1', digits: 6, period: 30 } as const,
        };
        if (edit(target, id, (vault) => addEntry(vault, draft, { now, id }).vault)) {
          noteEdit(target, id, secret, draft.account);
          expected.written.add(secret);
          noteWrite(target, id, 'account', draft.account);
          noteWrite(target, id, 'note', '');
        }
        break;
      }
      case 'rename':
      case 'note': {
        if (!chosen) break;
        const field = step.kind === 'rename' ? 'account' : 'note';
        const value = step.kind === 'rename' ? at(NAMES, step.name) : step.note;
        // Writing the value it already has is no edit.
        if (chosen[field] === value) break;
        if (
          edit(target, chosen.id, (vault) =>
            updateEntry(vault, chosen.id, { [field]: value }, { now }),
          )
        ) {
          noteEdit(target, chosen.id, undefined, field === 'account' ? value : undefined);
          noteWrite(target, chosen.id, field, value);
        }
        break;
      }
      case 'secret': {
        if (chosen?.params.type !== 'totp') break;
        const secret = at(SECRETS, step.secret);
        if (secret === chosen.params.secret) break;
        const params = { ...chosen.params, secret };
        if (
          edit(target, chosen.id, (vault) => updateEntry(vault, chosen.id, { params }, { now }))
        ) {
          noteEdit(target, chosen.id, secret);
          expected.superseded.add(chosen.params.secret);
          expected.written.add(secret);
        }
        break;
      }
      case 'origin': {
        if (!chosen) break;
        const origin = at(ORIGINS, step.origin);
        const origins = step.bound
          ? [...new Set([...chosen.origins, origin])]
          : chosen.origins.filter((other) => other !== origin);
        if (chosen.origins.includes(origin) === step.bound) break;
        if (
          edit(target, chosen.id, (vault) => updateEntry(vault, chosen.id, { origins }, { now }))
        ) {
          noteEdit(target, chosen.id);
          noteWrite(target, chosen.id, `origin:${origin}`, step.bound);
        }
        break;
      }
      case 'delete': {
        if (!chosen) break;
        target.vault = removeEntry(target.vault, chosen.id);
        expected.superseded.add(chosen.params.secret);
        // The user removes the account, and with it every twin shown through it here.
        const gone = [chosen.id];
        for (const record of target.state.records.values()) {
          if (record.merged?.into === chosen.id) gone.push(record.id);
        }
        for (const id of gone) {
          const seen = new Set(target.knows.get(id));
          expected.deletes.set(id, [...(expected.deletes.get(id) ?? []), seen]);
        }
        break;
      }
      case 'move': {
        if (!chosen) break;
        target.vault = moveEntry(target.vault, chosen.id, step.to);
        break;
      }
      case 'pull': {
        if (target.pending) push(target.pending.records, target.pending.knows);
        pull(target);
        target.pending = {
          records: [...target.state.records.values()],
          knows: copyKnowledge(target.knows),
        };
        break;
      }
      case 'sync': {
        sync(target);
        target.pending = null;
        break;
      }
    }
  }
  // Everyone keeps syncing until nothing changes: the browsers' sync eventually delivers.
  for (let cycle = 0; cycle < 8; cycle += 1) {
    for (const target of devices) {
      now += 1000;
      sync(target);
    }
  }
  return { devices, expected };
}

describe('sync merge (three simulated browsers)', () => {
  it('converges to one vault with no edit lost, whatever the interleaving', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const { devices, expected } = simulate(ops);
        const [first, ...others] = devices as [Device, Device, Device];
        for (const other of others) expect(other.vault).toEqual(first.vault);

        const entries = first.vault.entries;
        const secrets = new Set(entries.map((entry) => entry.params.secret));
        for (const secret of expected.written) {
          if (!expected.superseded.has(secret)) expect(secrets).toContain(secret);
        }
        const seenByDeletes = (id: string) =>
          new Set((expected.deletes.get(id) ?? []).flatMap((edits) => [...edits]));
        // An account stays (in some form: itself, a copy, or the twin it was merged into)
        // unless its deletes, together, had seen every edit.
        for (const [id, made] of expected.edits) {
          const seen = seenByDeletes(id);
          if (made.every((edit) => seen.has(edit))) continue;
          const itsSecrets = expected.secretsOf.get(id) ?? new Set();
          const itsNames = expected.namesOf.get(id) ?? new Set();
          expect(
            entries.some(
              (entry) =>
                entry.id.startsWith(id) ||
                itsSecrets.has(entry.params.secret) ||
                itsNames.has(entry.account),
            ),
          ).toBe(true);
        }
        // The last write of a field shows, unless a delete had seen it (and the account came
        // back through another browser's edit), or twins merged.
        for (const entry of entries) {
          if (first.state.records.get(entry.id)?.merged) continue;
          // An account a twin merged into takes what the twin held (settle.ts, foldTwin).
          const records = [...first.state.records.values()];
          if (records.some((record) => record.merged?.into === entry.id)) continue;
          const seen = seenByDeletes(entry.id);
          const last = (field: string) => {
            const writes = expected.writes.get(`${entry.id}/${field}`) ?? [];
            const latest = writes.reduce<FieldWrite | null>(
              (found, write) => (found && found.edit > write.edit ? found : write),
              null,
            );
            return latest && !seen.has(latest.edit) ? latest.value : undefined;
          };
          for (const field of ['account', 'note'] as const) {
            const value = last(field);
            if (value !== undefined) expect(entry[field]).toBe(value);
          }
          for (const origin of ORIGINS) {
            const bound = last(`origin:${origin}`);
            if (bound !== undefined) expect(entry.origins.includes(origin)).toBe(bound);
          }
        }
      }),
      // A fixed seed: the same 3,000 interleavings on every run, so a failure reproduces.
      { numRuns: 3000, seed: 20_261_204 },
    );
  });
});
