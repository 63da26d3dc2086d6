import { isBoundTo, type EntryDraft, type VaultData, type VaultEntry } from './entry';
import { addEntry, entryById, type Clock } from './operations';
import { sameLogin } from './names';

/**
 * Setting up two-factor authentication again on a portal makes a new secret for the same
 * login; the old one stays valid until the portal saves the new one, which we may or may not
 * see. So neither is thrown away on a guess: the account filled is the one the evidence
 * points to, the other waits on standby beside it.
 *
 * - A QR code read for a login already bound to this origin (another secret) is saved as
 *   `unconfirmed`: the old secret is still filled.
 * - The portal's Save seen, the user's "Make current", or a sign-in the portal accepted with
 *   the new code make it current; the old one becomes `replaced`.
 * - A sign-in the portal accepted removes the accounts it replaced, and a set-up of it that
 *   was abandoned long ago. Anything else is left to the user, in the popup.
 */

/** A new secret not confirmed for this long was abandoned: its set-up page is long gone. */
export const ABANDONED_SET_UP_MS = 60 * 60 * 1000;

/** On standby only while its twin is in the vault and is itself the one filled. */
export function isOnStandby(entry: VaultEntry, entries: readonly VaultEntry[]): boolean {
  const { standby } = entry;
  if (standby === null) return false;
  const twin = entries.find((other) => other.id === standby.twin);
  return twin?.standby === null;
}

/** The account filled for the login `draft` names on `origin`, if the draft has another secret. */
export function setUpAgainOf(
  data: VaultData,
  draft: EntryDraft,
  origin: string,
): VaultEntry | undefined {
  return data.entries.find(
    (entry) =>
      isBoundTo(entry, origin) &&
      !isOnStandby(entry, data.entries) &&
      entry.params.secret !== draft.params.secret &&
      sameLogin(entry, draft),
  );
}

/** Adds the new secret of a set-up redone, just above the account it may replace. */
export function addSetUpAgain(
  data: VaultData,
  draft: EntryDraft,
  currentId: string,
  clock: Clock = {},
): { vault: VaultData; entry: VaultEntry } {
  const current = entryById(data, currentId);
  const since = clock.now ?? Date.now();
  const added = addEntry(data, draft, clock);
  const entry: VaultEntry = {
    ...added.entry,
    standby: { kind: 'unconfirmed', since, twin: current.id },
  };
  const rest = data.entries;
  const index = rest.indexOf(current);
  return {
    vault: { ...data, entries: [...rest.slice(0, index), entry, ...rest.slice(index)] },
    entry,
  };
}

/**
 * `id` becomes the account filled for its login; the twin it waited behind becomes
 * `replaced`. Unchanged data (the same object) when it already is.
 */
export function makeCurrent(data: VaultData, id: string, clock: Clock = {}): VaultData {
  const entry = entryById(data, id);
  const { standby } = entry;
  if (standby === null) return data;
  const now = clock.now ?? Date.now();
  const entries = data.entries.map((other) => {
    if (other.id === id) return { ...other, standby: null, updatedAt: now };
    if (other.id === standby.twin && other.standby === null) {
      return { ...other, standby: { kind: 'replaced' as const, since: now, twin: id } };
    }
    return other;
  });
  return { ...data, entries };
}

/**
 * The portal accepted `id`'s code at sign-in: it is the live secret. It becomes current, and
 * the secrets waiting on it go: the ones it replaced, and a set-up abandoned long ago.
 * Unchanged data (the same object) when nothing changes, so most sign-ins write nothing.
 */
export function signInAccepted(
  data: VaultData,
  id: string,
  clock: Clock = {},
): { vault: VaultData; removed: readonly VaultEntry[] } {
  if (!data.entries.some((entry) => entry.id === id)) return { vault: data, removed: [] };
  const now = clock.now ?? Date.now();
  const current = makeCurrent(data, id, { now });
  const gone = (entry: VaultEntry) =>
    entry.standby?.twin === id &&
    (entry.standby.kind === 'replaced' || now - entry.standby.since > ABANDONED_SET_UP_MS);
  const removed = current.entries.filter(gone);
  if (removed.length === 0) return { vault: current, removed };
  return { vault: { ...current, entries: current.entries.filter((e) => !gone(e)) }, removed };
}
