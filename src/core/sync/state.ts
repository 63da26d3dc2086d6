import { LIMITS, VAULT_SCHEMA_VERSION, type VaultData, type VaultEntry } from '../vault/entry';
import { duplicateKey } from '../vault/operations';
import { checkEntry } from '../vault/validate-entry';
import { compareStamps, highestCounter } from './clock';
import { currentParams, hasWriteUnseenBy, isAlive, mergeRecords, type SyncRecord } from './record';

/**
 * A device's sync state: every account record it knows, deleted ones included until their
 * tombstones are collected, and the highest Lamport counter it has seen (its next write's
 * counter is above it). The vault the user sees is `materialize(state)`.
 */
export interface SyncState {
  readonly records: ReadonlyMap<string, SyncRecord>;
  readonly clock: number;
}

export function emptySyncState(): SyncState {
  return { records: new Map(), clock: 0 };
}

/** The state with `incoming` records merged in (any order, any number of times: same result). */
export function mergeState(state: SyncState, incoming: Iterable<SyncRecord>): SyncState {
  const records = new Map(state.records);
  let clock = state.clock;
  for (const record of incoming) {
    const mine = records.get(record.id);
    records.set(record.id, mine ? mergeRecords(mine, record) : record);
    clock = Math.max(clock, highestCounter(record.vv));
  }
  return { records, clock };
}

/**
 * The account a live record shows, or null when its fields do not make a valid account (a
 * newer version's parameters, say). Two valid edits can merge into an invalid account; those
 * cases are mended rather than hidden: the bound origins latest bound are kept up to the
 * limit, and an account whose issuer and name were both cleared is named again.
 */
export function entryOf(record: SyncRecord): VaultEntry | null {
  const { fields } = record;
  const origins = Object.entries(record.origins)
    .filter(([, register]) => register.v)
    .sort(([, a], [, b]) => compareStamps(b.s, a.s))
    .slice(0, LIMITS.origins)
    .map(([origin]) => origin)
    .sort();
  const unnamed = fields.issuer.v.trim() === '' && fields.account.v.trim() === '';
  const check = checkEntry({
    id: record.id,
    issuer: fields.issuer.v,
    account: unnamed ? UNNAMED : fields.account.v,
    note: fields.note.v,
    siteId: fields.siteId.v,
    standby: fields.standby.v,
    params: currentParams(record),
    origins,
    createdAt: fields.createdAt.v,
    updatedAt: fields.updatedAt.v,
  });
  return check.ok ? check.entry : null;
}

/** Data, not UI text: every browser must show the mended account alike, whatever its language. */
const UNNAMED = 'Unnamed account';

/** Alive, and not shown through the twin it was merged into. */
export function isShown(
  record: SyncRecord,
  records: ReadonlyMap<string, SyncRecord>,
  depth = 0,
): boolean {
  if (!isAlive(record)) return false;
  const { merged } = record;
  if (!merged || hasWriteUnseenBy(record, merged.seen)) return true;
  const into = records.get(merged.into);
  // A cycle or a very long chain of twins is not something settle writes: show the record.
  if (!into || depth > 8 || !isShown(into, records, depth + 1)) return true;
  // Changed elsewhere by someone who never saw this twin: they are two accounts again.
  const mine = entryOf(record);
  const theirs = entryOf(into);
  return !mine || !theirs || duplicateKey(mine) !== duplicateKey(theirs);
}

export interface Materialized {
  readonly vault: VaultData;
  /** Live records that do not make a valid account (written by a newer version, say). */
  readonly unreadable: number;
}

/**
 * The vault the state shows: live records in position order (ties by id). A standby whose twin
 * is gone ends, as a local delete would end it; of two records that are one account (same
 * secret and name, added on two devices) the smaller id shows until settle.ts merges them.
 */
export function materialize(state: SyncState): Materialized {
  const live: { entry: VaultEntry; pos: string }[] = [];
  let unreadable = 0;
  for (const record of state.records.values()) {
    if (!isShown(record, state.records)) continue;
    const entry = entryOf(record);
    if (entry) live.push({ entry, pos: record.fields.pos.v });
    else unreadable += 1;
  }
  const ids = new Set(live.map(({ entry }) => entry.id));
  const byId = [...live].sort((a, b) => compareText(a.entry.id, b.entry.id));
  const kept = new Set<string>();
  const keys = new Set<string>();
  for (const { entry } of byId) {
    const key = duplicateKey(entry);
    if (keys.has(key)) continue;
    keys.add(key);
    kept.add(entry.id);
  }
  const entries = live
    .filter(({ entry }) => kept.has(entry.id))
    .sort((a, b) => compareText(a.pos, b.pos) || compareText(a.entry.id, b.entry.id))
    .map(({ entry }) =>
      entry.standby && !ids.has(entry.standby.twin) ? { ...entry, standby: null } : entry,
    );
  return { vault: { schemaVersion: VAULT_SCHEMA_VERSION, entries }, unreadable };
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
