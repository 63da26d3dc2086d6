import { VaultCryptoError } from '../../core/crypto';
import { openKeyItem } from '../../core/sync/key-item';
import type { PageRequests } from '../../shared/protocol/page';
import { record, text } from '../parse-payload';
import { expectNoPayload, RequestError, type HandlerMap } from '../router';
import type { ExtensionPageSender } from '../sender';
import { joinSyncedVault } from '../vault/vault-service';
import { throttledPassphraseCheck } from '../vault/passphrase-throttle';
import { forgetState } from './state-store';
import { syncForbidden, syncSetup, syncSetupItem, syncStatusItem } from './sync-items';
import { syncNow } from './sync-schedule';
import { currentSyncStatus, remoteKeyItem } from './sync-status';

type SyncRequests = Pick<PageRequests, Extract<keyof PageRequests, `sync/${string}`>>;

export const syncHandlers: HandlerMap<SyncRequests, ExtensionPageSender> = {
  'sync/status': { parse: expectNoPayload, handle: () => currentSyncStatus() },
  'sync/enable': {
    parse: expectNoPayload,
    async handle() {
      await refuseWhenForbidden();
      const setup = await syncSetup();
      await syncSetupItem.set({ ...setup, enabled: true });
      const remote = await remoteKeyItem();
      // Another browser's set is joined with its passphrase (sync/join), never merged unasked.
      if (!remote || remote.set === setup.set) await syncNow();
      return currentSyncStatus();
    },
  },
  'sync/join': {
    parse: (payload) => ({ passphrase: text(record(payload), 'passphrase', 1024) }),
    async handle({ passphrase }) {
      await refuseWhenForbidden();
      const remote = await remoteKeyItem();
      if (!remote) throw new RequestError('not-found', 'No synced vault to join.');
      // Counted like the vault's own: with this browser open, the join form is a way to guess
      // the synced passphrase, which is usually the same one.
      const joinKey = await throttledPassphraseCheck(async () => {
        try {
          return await openKeyItem(remote, passphrase);
        } catch (error) {
          if (error instanceof VaultCryptoError && error.code === 'wrong-passphrase')
            throw new RequestError('wrong-passphrase', 'The passphrase is not correct.');
          throw error;
        }
      });
      const before = await syncSetup();
      // Stored first: the round the unlock starts must already see this set as ours.
      await syncSetupItem.set({
        ...before,
        enabled: true,
        set: remote.set,
        slotGen: remote.gen,
        passphraseChanged: false,
      });
      try {
        await joinSyncedVault(remote.key, joinKey);
      } catch (error) {
        await syncSetupItem.set(before);
        throw error;
      } finally {
        joinKey.fill(0);
      }
      // The old state belonged to another key and set: the round rebuilds it from the vault.
      await forgetState();
      await syncStatusItem.set({ lastSyncAt: null, accountsSynced: 0, problem: null });
      await syncNow();
      return currentSyncStatus();
    },
  },
  'sync/disable': {
    parse: expectNoPayload,
    async handle() {
      await syncSetupItem.set({ ...(await syncSetup()), enabled: false });
      await syncStatusItem.set({ ...(await syncStatusItem.get()), problem: null });
      return currentSyncStatus();
    },
  },
  'sync/now': {
    parse: expectNoPayload,
    async handle() {
      await syncNow();
      return currentSyncStatus();
    },
  },
};

async function refuseWhenForbidden(): Promise<void> {
  if (await syncForbidden()) {
    throw new RequestError('forbidden', 'Your organisation has turned sync off.');
  }
}
