import { readBackup, writeBackup, type OpenedBackup } from '../../core/formats/backup';
import { backupFileName, dayOf } from '../../core/formats/file-names';
import { applyRestore, planRestore } from '../../core/formats/restore-plan';
import { MAX_IMPORT_BYTES } from '../../core/formats/types';
import { isPassphraseLongEnough, MIN_PASSPHRASE_LENGTH } from '../../core/passphrase';
import { emptyVault, type VaultData } from '../../core/vault';
import type { RestorePreview } from '../../shared/model/backup';
import type { PageRequests } from '../../shared/protocol/page';
import { boolean, record, text } from '../parse-payload';
import { withFileErrors } from '../file-errors';
import { expectNoPayload, RequestError, type HandlerMap } from '../router';
import type { ExtensionPageSender } from '../sender';
import { changeSettings, settingsChanges, settingsItem } from '../settings';
import { withVaultErrors } from '../vault/vault-errors';
import {
  createNewVault,
  updateVault,
  vaultData,
  vaultState,
  withCryptoErrors,
  withVaultKey,
} from '../vault/vault-service';
import { lastBackupItem } from './backup-status';
import { holdBackup, peekBackup, takeBackup } from './restore-holds';

type BackupRequests = Pick<PageRequests, Extract<keyof PageRequests, `backup/${string}`>>;

/**
 * Options -> Backup, and "Restore from backup" on the first-run screen. The file is made and
 * read here; a page only ever holds ciphertext, counts and names.
 */
export const backupHandlers: HandlerMap<BackupRequests, ExtensionPageSender> = {
  'backup/status': {
    parse: expectNoPayload,
    handle: async () => ({ lastBackupAt: await lastBackupItem.get() }),
  },
  'backup/create': {
    parse: (payload) => ({ passphrase: optionalPassphrase(record(payload)) }),
    async handle({ passphrase }) {
      if (passphrase !== null && !isPassphraseLongEnough(passphrase)) {
        throw new RequestError(
          'weak-passphrase',
          `The passphrase must have at least ${MIN_PASSPHRASE_LENGTH} characters.`,
        );
      }
      const settings = await settingsItem.get();
      const createdAt = Date.now();
      const fileText = await withCryptoErrors(() =>
        withVaultKey(({ envelope, key, data }) =>
          writeBackup(
            { createdAt, entries: data.entries, settings },
            passphrase === null
              ? { kind: 'vault', envelope, vaultKey: key }
              : { kind: 'passphrase', passphrase },
          ),
        ),
      );
      await lastBackupItem.set(createdAt);
      return { fileName: backupFileName(createdAt), text: fileText };
    },
  },
  'backup/open': {
    parse: (payload) => {
      const request = record(payload);
      return {
        text: text(request, 'text', MAX_IMPORT_BYTES),
        passphrase: text(request, 'passphrase', 1024),
      };
    },
    async handle({ text: fileText, passphrase }) {
      const state = await vaultState();
      if (state === 'locked') throw new RequestError('locked', 'The vault is locked.');
      const backup = await withFileErrors(() => readBackup(fileText, passphrase));
      const current = state === 'unlocked' ? (await vaultData()).data : null;
      return preview(holdBackup(backup), backup, current);
    },
  },
  'backup/restore': {
    parse: (payload) => {
      const request = record(payload);
      return {
        token: text(request, 'token', 64),
        settings: boolean(request, 'settings'),
        passphrase: optionalPassphrase(request),
      };
    },
    async handle({ token, settings, passphrase }) {
      const backup = peekBackup(token);
      if (!backup) throw new RequestError('not-found', 'Open the backup file again.');
      const state = await vaultState();
      let done;
      if (state === 'none') {
        if (passphrase === null)
          throw new RequestError('weak-passphrase', 'A passphrase is needed.');
        const data: VaultData = { ...emptyVault(), entries: backup.entries };
        await withVaultErrors(() => createNewVault(passphrase, data));
        // The file the user restored from is a backup of everything now in the vault.
        await lastBackupItem.set(backup.createdAt);
        done = { added: backup.entries.length, skipped: 0, conflicts: 0 };
      } else {
        let counts = { added: 0, skipped: 0, conflicts: 0 };
        await withVaultErrors(() =>
          updateVault((current) => {
            // Planned again on the data being written, so a change since the preview counts.
            const plan = planRestore(current, backup.entries, dayOf(backup.createdAt));
            counts = {
              added: plan.add.length,
              skipped: plan.skipped,
              conflicts: plan.conflicts.length,
            };
            return applyRestore(current, plan);
          }),
        );
        done = counts;
      }
      takeBackup(token);
      if (settings) {
        const changes = settingsChanges(backup.settings);
        if (changes) await changeSettings(changes);
      }
      return done;
    },
  },
};

function preview(token: string, backup: OpenedBackup, current: VaultData | null): RestorePreview {
  const plan = current && planRestore(current, backup.entries, dayOf(backup.createdAt));
  return {
    token,
    into: current ? 'open-vault' : 'new-vault',
    createdAt: backup.createdAt,
    toAdd: plan ? plan.add.length : backup.entries.length,
    skipped: plan ? plan.skipped : 0,
    conflicts: plan ? plan.conflicts : [],
    failed: backup.failed,
    hasSettings: settingsChanges(backup.settings) !== undefined,
  };
}

function optionalPassphrase(request: Record<string, unknown>): string | null {
  return request.passphrase === null ? null : text(request, 'passphrase', 1024);
}
