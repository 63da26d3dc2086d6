import type { VaultData } from '../vault/entry';
import { isAlive, type SyncRecord } from './record';
import { recordLocalChanges } from './local-writes';
import { settle } from './settle';
import { materialize, mergeState, type SyncState } from './state';

/**
 * Tombstones are kept this long, then collected: a browser that comes back after more than
 * this without syncing may bring an account deleted elsewhere back (never the other way round:
 * nothing is lost).
 */
export const TOMBSTONE_DAYS = 60;
const TOMBSTONE_MS = TOMBSTONE_DAYS * 24 * 60 * 60 * 1000;

export interface RoundInput {
  readonly state: SyncState;
  /** The vault as the user has it in this browser now. */
  readonly vault: VaultData;
  /** Records read from the browser's account (any order, any subset). */
  readonly incoming: Iterable<SyncRecord>;
  readonly device: string;
  readonly now: number;
}

export interface RoundResult {
  readonly state: SyncState;
  /** The vault to show and store from now on. */
  readonly vault: VaultData;
  readonly unreadable: number;
  /** Ids of tombstones collected in this round: their items go too. */
  readonly collected: readonly string[];
}

/**
 * One sync round, pure: this browser's changes become writes, the other browsers' records
 * merge in, what a vault cannot hold is settled, old tombstones go, and the vault is what the
 * state now shows. Every device that has taken in the same writes shows the same vault.
 */
export function syncRound({ state, vault, incoming, device, now }: RoundInput): RoundResult {
  let next = recordLocalChanges(state, vault, device, now);
  next = mergeState(next, incoming);
  next = settle(next, device, now);
  const collected = expiredTombstones(next, now);
  if (collected.length > 0) {
    const records = new Map(next.records);
    for (const id of collected) records.delete(id);
    next = { ...next, records };
  }
  const shown = materialize(next);
  return { state: next, vault: shown.vault, unreadable: shown.unreadable, collected };
}

/**
 * A delete older than the tombstones are kept (`within` ms earlier counts already: a browser
 * whose clock is behind does not send back a tombstone one ahead of it has collected).
 */
export function isExpiredTombstone(record: SyncRecord, now: number, within = 0): boolean {
  return (
    record.deleted !== null && record.deleted.at < now - TOMBSTONE_MS + within && !isAlive(record)
  );
}

function expiredTombstones(state: SyncState, now: number): string[] {
  const expired: string[] = [];
  for (const record of state.records.values()) {
    if (isExpiredTombstone(record, now)) expired.push(record.id);
  }
  return expired;
}
