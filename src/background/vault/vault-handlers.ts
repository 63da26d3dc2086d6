import {
  addEntry,
  entryById,
  findDuplicate,
  LIMITS,
  makeCurrent,
  moveEntry,
  removeEntry,
  updateEntry,
  type VaultData,
  type VaultEntry,
} from '../../core/vault';
import type { PageRequests } from '../../shared/protocol/page';
import { integer, record, text } from '../parse-payload';
import { editedSites } from '../../core/site-addition';
import { allowableActiveOrigin } from '../active-tab-origin';
import { expectNoPayload, RequestError, type HandlerMap } from '../router';
import { withVaultErrors } from './vault-errors';
import { lastBackupItem } from '../backup/backup-status';
import type { ExtensionPageSender } from '../sender';
import { activeTabPortalOrigin } from '../tab-portals';
import { accountCodes, shownOrder, unlockedOverview } from '../../core/vault/overview';
import { passphraseWaitUntil } from './passphrase-throttle';
import { draftFromInput, parseAccountInput } from './account-input';
import {
  changeVaultPassphrase,
  createNewVault,
  lock,
  unlock,
  updateVault,
  vaultData,
  vaultState,
} from './vault-service';

type VaultRequests = Pick<
  PageRequests,
  Exclude<Extract<keyof PageRequests, `vault/${string}`>, 'vault/unlock-passkey'>
>;

/**
 * Entries removed from a popup, kept in memory (never stored) so "Undo" can put them back:
 * only for a short while, and never across a lock (they hold secrets).
 */
const UNDO_WINDOW_MS = 20_000;
const recentlyRemoved = new Map<string, { entry: VaultEntry; index: number; at: number }>();
/** Lock forgets them: they hold secrets. */
export function forgetRemovedAccounts(): void {
  recentlyRemoved.clear();
}

const passphrase = (payload: unknown) => ({
  passphrase: text(record(payload), 'passphrase', 1024),
});
const byId = (payload: unknown) => ({ id: text(record(payload), 'id', 64) });

/** A list of at most as many origins as an account may have (their form is checked on save). */
function originList(source: Record<string, unknown>, name: string): string[] {
  const value = source[name];
  if (
    !Array.isArray(value) ||
    value.length > LIMITS.origins ||
    !value.every((item) => typeof item === 'string' && item.length <= 2048)
  ) {
    throw new RequestError('bad-request', `"${name}" must list at most ${LIMITS.origins} sites`);
  }
  return value as string[];
}

export const vaultHandlers: HandlerMap<VaultRequests, ExtensionPageSender> = {
  'vault/overview': {
    parse: (payload) =>
      payload === null
        ? null
        : { firstRows: integer(record(payload), 'firstRows', 1, LIMITS.entries) },
    async handle(request) {
      const state = await vaultState();
      if (state === 'locked') {
        // The popup opened during a wait shows it at once, not after a refused attempt.
        const nextAttemptAt = await passphraseWaitUntil();
        return nextAttemptAt === null ? { state } : { state, nextAttemptAt };
      }
      if (state !== 'unlocked') return { state };
      // Independent: the vault and the active tab are read at the same time.
      const [{ data, recovered }, activeOrigin, lastBackupAt] = await Promise.all([
        vaultData(),
        activeTabPortalOrigin(),
        lastBackupItem.get(),
      ]);
      const context = { activeOrigin, recovered, lastBackupAt };
      return unlockedOverview(data, context, Date.now(), request?.firstRows);
    },
  },
  'vault/create': {
    parse: passphrase,
    async handle({ passphrase: secret }) {
      await createNewVault(secret);
      return null;
    },
  },
  'vault/unlock': {
    parse: passphrase,
    async handle({ passphrase: secret }) {
      await unlock(secret);
      return null;
    },
  },
  'vault/lock': {
    parse: expectNoPayload,
    async handle() {
      recentlyRemoved.clear();
      await lock();
      return null;
    },
  },
  'vault/change-passphrase': {
    parse: (payload) => {
      const source = record(payload);
      return { current: text(source, 'current', 1024), next: text(source, 'next', 1024) };
    },
    async handle({ current, next }) {
      await changeVaultPassphrase(current, next);
      return null;
    },
  },
  'vault/add': {
    parse: parseAccountInput,
    async handle(input) {
      const draft = draftFromInput(input);
      let id = '';
      await withVaultErrors(() =>
        updateVault((data) => {
          const added = addEntry(data, draft);
          id = added.entry.id;
          return added.vault;
        }),
      );
      return { id };
    },
  },
  'vault/update': {
    parse: (payload) => {
      const source = record(payload);
      return {
        id: text(source, 'id', 64),
        issuer: text(source, 'issuer', LIMITS.issuer).trim(),
        account: text(source, 'account', LIMITS.account).trim(),
        note: text(source, 'note', LIMITS.note),
        origins: originList(source, 'origins'),
      };
    },
    async handle({ id, origins, ...changes }) {
      const added = await allowableActiveOrigin((await vaultData()).data);
      await withVaultErrors(() =>
        updateVault((data) => {
          // Only sites it had, and the active tab's if the user allowed it there.
          const sites = editedSites(entryById(data, id).origins, origins, added);
          if (sites === null) throw new RequestError('invalid-input', 'That site cannot be added.');
          return updateEntry(data, id, { ...changes, origins: sites });
        }),
      );
      return null;
    },
  },
  'vault/make-current': {
    parse: (payload) => ({ id: text(record(payload), 'id', 64) }),
    async handle({ id }) {
      await withVaultErrors(() => updateVault((data) => makeCurrent(data, id)));
      return null;
    },
  },
  'vault/remove': {
    parse: byId,
    async handle({ id }) {
      await withVaultErrors(() =>
        updateVault((data) => {
          recentlyRemoved.set(id, {
            entry: entryById(data, id),
            index: data.entries.findIndex((entry) => entry.id === id),
            at: Date.now(),
          });
          return removeEntry(data, id);
        }),
      );
      return null;
    },
  },
  'vault/restore': {
    parse: byId,
    async handle({ id }) {
      await withVaultErrors(() =>
        updateVault((data) => {
          // Taken out inside the write queue, so two restores cannot both insert it.
          const removed = recentlyRemoved.get(id);
          recentlyRemoved.delete(id);
          if (
            !removed ||
            Date.now() - removed.at > UNDO_WINDOW_MS ||
            data.entries.some((entry) => entry.id === id)
          ) {
            throw new RequestError('not-found', 'That account can no longer be restored.');
          }
          if (findDuplicate(data, removed.entry)) {
            throw new RequestError('duplicate', 'This account is already in the vault again.');
          }
          const entries = [...data.entries];
          entries.splice(Math.min(removed.index, entries.length), 0, removed.entry);
          return { ...data, entries };
        }),
      );
      return null;
    },
  },
  'vault/move': {
    parse: (payload) => {
      const source = record(payload);
      return { id: text(source, 'id', 64), toIndex: integer(source, 'toIndex', 0, LIMITS.entries) };
    },
    async handle({ id, toIndex }) {
      // `toIndex` is a position in the list as the popup shows it (accounts bound to the
      // active tab first), so the move is made there and then placed in the stored order.
      const origin = await activeTabPortalOrigin();
      await withVaultErrors(() =>
        updateVault((data) => {
          // The shown order comes from the data being changed, inside the write queue.
          const shown = shownOrder(data, origin).map((entry) => entry.id);
          return placeAsShown(data, id, shown, toIndex);
        }),
      );
      return null;
    },
  },
  'vault/hotp-next': {
    parse: byId,
    async handle({ id }) {
      const data = await withVaultErrors(() =>
        updateVault((current) => {
          const { params } = entryById(current, id);
          if (params.type !== 'hotp')
            throw new RequestError('bad-request', 'Only counter-based accounts count forward');
          return updateEntry(current, id, { params: { ...params, counter: params.counter + 1 } });
        }),
      );
      return accountCodes(entryById(data, id));
    },
  },
};

/** Moves `id` so that, in the shown order, it lands at `toIndex`; stored order follows. */
function placeAsShown(
  data: VaultData,
  id: string,
  shown: readonly string[],
  toIndex: number,
): VaultData {
  const others = shown.filter((other) => other !== id);
  const index = Math.min(toIndex, others.length);
  const before = others[index];
  const after = others[index - 1];
  const stored = data.entries.filter((entry) => entry.id !== id).map((entry) => entry.id);
  const target =
    before !== undefined
      ? stored.indexOf(before)
      : after !== undefined
        ? stored.indexOf(after) + 1
        : 0;
  return moveEntry(data, id, target);
}
