import type { OtpParameters } from '../otp-types';
import {
  LIMITS,
  VAULT_SCHEMA_VERSION,
  type EntryChanges,
  type EntryDraft,
  type VaultData,
  type VaultEntry,
} from './entry';
import { VaultError } from './errors';
import { foldName } from './names';
import { checkEntry } from './validate-entry';

/**
 * Pure operations on the vault's data: each returns a new VaultData and leaves
 * its input untouched, so the service worker can keep the last saved generation until a new
 * one is written (DESIGN 4.7). Time and ids are injectable for tests.
 */

export interface Clock {
  readonly now?: number;
  readonly id?: string;
}

export function emptyVault(): VaultData {
  return { schemaVersion: VAULT_SCHEMA_VERSION, entries: [] };
}

export function addEntry(
  vault: VaultData,
  draft: EntryDraft,
  clock: Clock = {},
): { vault: VaultData; entry: VaultEntry } {
  if (vault.entries.length >= LIMITS.entries) {
    throw new VaultError('too-many-entries', `The vault holds at most ${LIMITS.entries} accounts.`);
  }
  const now = clock.now ?? Date.now();
  const entry = validated({
    id: clock.id ?? crypto.randomUUID(),
    issuer: draft.issuer,
    account: draft.account,
    params: draft.params,
    origins: draft.origins ?? [],
    siteId: draft.siteId ?? null,
    note: draft.note ?? '',
    standby: null,
    createdAt: now,
    updatedAt: now,
  });
  const duplicate = findDuplicate(vault, entry);
  if (duplicate) {
    throw new VaultError('duplicate', 'This account is already in the vault.', duplicate.id);
  }
  return { vault: { ...vault, entries: [...vault.entries, entry] }, entry };
}

export function updateEntry(
  vault: VaultData,
  id: string,
  changes: EntryChanges,
  clock: Clock = {},
): VaultData {
  const current = entryById(vault, id);
  const entry = validated({ ...current, ...changes, updatedAt: clock.now ?? Date.now() });
  const duplicate = findDuplicate(
    { ...vault, entries: vault.entries.filter((other) => other.id !== id) },
    entry,
  );
  if (duplicate)
    throw new VaultError(
      'duplicate',
      'Another account has the same secret and name.',
      duplicate.id,
    );
  return { ...vault, entries: vault.entries.map((other) => (other.id === id ? entry : other)) };
}

/** An account whose twin goes is the only one of its login again: its standby ends. */
export function removeEntry(vault: VaultData, id: string): VaultData {
  entryById(vault, id);
  const entries = vault.entries
    .filter((entry) => entry.id !== id)
    .map((entry) => (entry.standby?.twin === id ? { ...entry, standby: null } : entry));
  return { ...vault, entries };
}

/** Moves an entry to `toIndex` (clamped), for drag and keyboard reordering. */
export function moveEntry(vault: VaultData, id: string, toIndex: number): VaultData {
  const entry = entryById(vault, id);
  const rest = vault.entries.filter((other) => other.id !== id);
  const index = Math.max(0, Math.min(rest.length, Math.trunc(toIndex)));
  return { ...vault, entries: [...rest.slice(0, index), entry, ...rest.slice(index)] };
}

export function entryById(vault: VaultData, id: string): VaultEntry {
  const entry = vault.entries.find((candidate) => candidate.id === id);
  if (!entry) throw new VaultError('not-found', 'That account is no longer in the vault.');
  return entry;
}

/**
 * The same secret under the same issuer and account name is one account, however it was
 * written (case, spacing); the same secret under another name is a legitimate second entry.
 */
export function findDuplicate(
  vault: VaultData,
  candidate: Pick<VaultEntry, 'issuer' | 'account' | 'params'>,
): VaultEntry | undefined {
  const key = duplicateKey(candidate);
  return vault.entries.find((entry) => duplicateKey(entry) === key);
}

/** One key per account as `findDuplicate` sees it: equal keys are the same account. */
export function duplicateKey({
  issuer,
  account,
  params,
}: {
  issuer: string;
  account: string;
  params: OtpParameters;
}) {
  return JSON.stringify([params.secret, foldName(issuer), foldName(account)]);
}

function validated(entry: VaultEntry): VaultEntry {
  const check = checkEntry(entry);
  if (!check.ok)
    throw new VaultError('invalid-entry', `This account cannot be saved: ${check.problem}.`);
  return check.entry;
}
