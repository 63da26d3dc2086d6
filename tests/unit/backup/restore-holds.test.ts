import { describe, expect, it } from 'vitest';
import {
  forgetBackups,
  holdBackup,
  peekBackup,
  takeBackup,
} from '../../../src/background/backup/restore-holds';
import { backupNeeded } from '../../../src/core/formats/restore-plan';
import type { OpenedBackup } from '../../../src/core/formats/backup';
import type { VaultData, VaultEntry } from '../../../src/core/vault';

const backup: OpenedBackup = { createdAt: 1, entries: [], failed: [], settings: null };

describe('held backups', () => {
  it('restore once, for ten minutes, and only the latest file', () => {
    const first = holdBackup(backup, 0);
    const second = holdBackup(backup, 0);
    expect(peekBackup(first, 1)).toBeNull();
    expect(peekBackup(second, 10 * 60_000 - 1)).toBe(backup);
    expect(peekBackup(second, 10 * 60_000)).toBeNull();
    expect(takeBackup(second, 1)).toBe(backup);
    expect(takeBackup(second, 1)).toBeNull();
  });

  it('are forgotten on lock', () => {
    const token = holdBackup(backup, 0);
    forgetBackups();
    expect(peekBackup(token, 1)).toBeNull();
  });
});

describe('backupNeeded', () => {
  const vault = (...createdAt: number[]): VaultData => ({
    schemaVersion: 2,
    entries: createdAt.map((at) => ({ createdAt: at }) as VaultEntry),
  });
  it('is true when an account is newer than the last backup, or none was made', () => {
    expect(backupNeeded(vault(), null)).toBe(false);
    expect(backupNeeded(vault(5), null)).toBe(true);
    expect(backupNeeded(vault(5, 9), 9)).toBe(false);
    expect(backupNeeded(vault(5, 10), 9)).toBe(true);
  });
});
