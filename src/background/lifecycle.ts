import { cancelAutoLock, watchAutoLock } from './auto-lock';
import { forgetBackups } from './backup/restore-holds';
import { dropAllCaptures } from './capture/pending-captures';
import { resumeWaitingFrames } from './capture/unlock-window';
import { watchClipboardClear } from './clipboard';
import { dropAllGrants } from './fill/on-demand/fill-grants';
import { forgetLoginNames } from './fill/sign-in/login-names';
import { forgetOutcomes } from './fill/sign-in/sign-in-outcomes';
import { watchFillTriggers } from './fill/on-demand/fill-triggers';
import { forgetImportHolds } from './import/import-holds';
import { watchPolicy } from './policy/policy-changes';
import { watchPortals } from './portals/watch-portals';
import { watchTabLifecycle } from './tab-portals';
import { announceToPages } from './vault-events';
import { forgetRemovedAccounts } from './vault/vault-handlers';
import { forgetPasskeyGrants } from './vault/passkey-handlers';
import { setVaultLifecycle, type VaultLifecycle } from './vault/vault-service';
import {
  cancelSyncTimer,
  syncAfterLocalChange,
  syncAfterUnlock,
  watchSync,
} from './sync/sync-schedule';
import { newerSyncedSlot, noteSlotCurrent } from './sync/sync-status';

/**
 * The worker's lifecycle, in one list: what is forgotten when the vault locks, what starts
 * when it unlocks, and the browser events listened to from start-up. Nothing registers
 * itself by being imported, so what a lock forgets does not depend on the import graph.
 */
export const vaultLifecycle: VaultLifecycle = {
  onLock: [
    dropAllCaptures, // QR captures waiting for "Save" hold secrets
    forgetImportHolds, // popup imports waiting for "Save" hold secrets
    forgetRemovedAccounts, // "Undo" keeps removed accounts, secrets included
    forgetBackups, // opened backup files waiting for "Restore" hold every secret
    forgetPasskeyGrants, // each stands for the passphrase, given to add a passkey
    dropAllGrants, // fill-on-demand grants hold codes
    forgetLoginNames, // what the user typed on password steps
    forgetOutcomes, // which account filled which tab's sign-in
    cancelAutoLock,
    cancelSyncTimer,
    () => {
      announceToPages('vault/locked');
    },
  ],
  onUnlock: [
    () => void resumeWaitingFrames(), // in-page saves and fills that opened the unlock window
    () => {
      announceToPages('vault/unlocked');
    },
    () => void noteSlotCurrent(), // opened with today's passphrase: no "changed elsewhere" note
    syncAfterUnlock,
  ],
  onChange: [syncAfterLocalChange],
  // Sync: a passphrase changed in another browser is the one the next unlock takes.
  // Never in the way of an unlock: without sync storage, there is no newer slot.
  newerPassphraseSlot: async () => (await newerSyncedSlot().catch(() => null))?.key ?? null,
};

/** Browser events; registered synchronously at start-up, so the event that woke the worker reaches its listener. */
export const startupListeners: readonly (() => void)[] = [
  watchTabLifecycle,
  watchAutoLock,
  watchPortals,
  watchFillTriggers,
  watchClipboardClear,
  watchSync,
  watchPolicy,
];

export function startLifecycle(): void {
  setVaultLifecycle(vaultLifecycle);
  for (const listen of startupListeners) listen();
}
