import { LIMITS, type VaultData, type VaultEntry } from '../vault/entry';
import { VaultError } from '../vault/errors';
import { labelOf } from './entry';

/**
 * What restoring a backup into an open vault would do, decided before anything is written:
 * an entry identical to a stored one is skipped; one that shares a stored entry's id or secret
 * but differs is a conflict, kept beside the stored one under a name that says where it came
 * from; the rest are added after the stored ones, in the backup's order.
 */
export interface RestorePlan {
  readonly add: readonly VaultEntry[];
  /** Identical to a stored entry. */
  readonly skipped: number;
  /** Labels of the entries kept side by side with a stored one. */
  readonly conflicts: readonly string[];
}

/** `backupDay` is the backup's date as YYYY-MM-DD: the mark a conflicting entry's name gets. */
export function planRestore(
  current: VaultData,
  backup: readonly VaultEntry[],
  backupDay: string,
  newId: () => string = () => crypto.randomUUID(),
): RestorePlan {
  const add: VaultEntry[] = [];
  const conflicts: string[] = [];
  let skipped = 0;
  const ids = new Set(current.entries.map((entry) => entry.id));
  const byId = new Map(current.entries.map((entry) => [entry.id, entry]));
  const bySecret = new Map<string, VaultEntry[]>();
  for (const entry of current.entries) {
    bySecret.set(entry.params.secret, [...(bySecret.get(entry.params.secret) ?? []), entry]);
  }
  for (const entry of backup) {
    const sameId = byId.get(entry.id);
    const related = [...(sameId ? [sameId] : []), ...(bySecret.get(entry.params.secret) ?? [])];
    if (related.some((stored) => sameAccount(stored, entry))) {
      skipped += 1;
      continue;
    }
    if (related.length > 0) {
      conflicts.push(labelOf(entry.issuer, entry.account, conflicts.length + 1));
      const account = `${entry.account} (${backupDay})`.slice(0, LIMITS.account);
      const id = ids.has(entry.id) ? newId() : entry.id;
      ids.add(id);
      add.push({ ...entry, id, account });
      continue;
    }
    const id = ids.has(entry.id) ? newId() : entry.id;
    ids.add(id);
    add.push({ ...entry, id });
  }
  return { add, skipped, conflicts };
}

/** The open vault with the plan's entries appended; never more than a vault may hold. */
export function applyRestore(current: VaultData, plan: RestorePlan): VaultData {
  if (current.entries.length + plan.add.length > LIMITS.entries) {
    throw new VaultError('too-many-entries', `The vault holds at most ${LIMITS.entries} accounts.`);
  }
  return { ...current, entries: [...current.entries, ...plan.add] };
}

/** Everything a user can see or a code depends on; ids and dates do not make two accounts differ. */
function sameAccount(a: VaultEntry, b: VaultEntry): boolean {
  return (
    a.issuer === b.issuer &&
    a.account === b.account &&
    a.note === b.note &&
    a.siteId === b.siteId &&
    JSON.stringify(a.params) === JSON.stringify(b.params) &&
    a.origins.length === b.origins.length &&
    a.origins.every((origin) => b.origins.includes(origin))
  );
}

/** The popup's quiet "Not backed up": some account is newer than the last backup file. */
export function backupNeeded(data: VaultData, lastBackupAt: number | null): boolean {
  return data.entries.some((entry) => lastBackupAt === null || entry.createdAt > lastBackupAt);
}
