import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, readBackup, writeBackup } from '../../../src/core/formats/backup';
import { FormatError, type FormatErrorCode } from '../../../src/core/formats/types';
import type { VaultEntry } from '../../../src/core/vault';
import { bytesOf, cheapVault } from '../crypto/cheap-envelope';
import { failure } from './support/files';

const passphrase = 'correct horse battery';

function entry(id: string, extra: Partial<VaultEntry> = {}): VaultEntry {
  return {
    id,
    issuer: 'Sonar',
    account: `user-${id}`,
    params: {
      type: 'totp',
      secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    },
    origins: ['https://example.sonar.software'],
    siteId: 'sonar',
    note: 'a note',
    standby: null,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...extra,
  };
}

const first = entry('a');
const second = entry('b', {
  issuer: 'Bank',
  params: {
    type: 'hotp',
    secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY',
    algorithm: 'SHA256',
    digits: 8,
    counter: 41,
  },
  origins: [],
  siteId: null,
  note: '',
});
const entries = [first, second];
const settings = { autoLockMinutes: 5, theme: 'dark' };

async function vaultProtection() {
  const vault = await cheapVault(bytesOf('{"schemaVersion":1,"entries":[]}'), { passphrase });
  return { kind: 'vault', envelope: vault.envelope, vaultKey: vault.vaultKey } as const;
}

async function failureOf(promise: Promise<unknown>): Promise<FormatErrorCode> {
  return (await failure(promise)).code;
}

describe('backup file', () => {
  it('opens with the vault passphrase and gives back entries in order, with settings', async () => {
    const text = await writeBackup({ createdAt: 5, entries, settings }, await vaultProtection());
    expect(text).not.toContain('JBSWY3DP');
    expect(text).not.toContain('Sonar');
    const opened = await readBackup(text, passphrase);
    expect(opened).toEqual({ createdAt: 5, entries, failed: [], settings });
  });

  it('opens only with its own passphrase when it has one', async () => {
    const text = await writeBackup(
      { createdAt: 7, entries, settings: null },
      { kind: 'passphrase', passphrase: 'another long passphrase' },
    );
    expect(await failureOf(readBackup(text, passphrase))).toBe('wrong-password');
    expect((await readBackup(text, 'another long passphrase')).entries).toEqual(entries);
  });

  it('names wrong passwords, newer versions, cut files and damage', async () => {
    const text = await writeBackup({ createdAt: 1, entries, settings }, await vaultProtection());
    expect(await failureOf(readBackup(text, 'wrong passphrase'))).toBe('wrong-password');
    expect(await failureOf(readBackup(text.slice(0, text.length / 2), passphrase))).toBe(
      'truncated',
    );
    const newer = text.replace('"version": 1', '"version": 2');
    expect(newer).not.toBe(text);
    expect(await failureOf(readBackup(newer, passphrase))).toBe('unknown-version');
    const file = JSON.parse(text) as { vault: { ciphertext: string } };
    const flipped = file.vault.ciphertext[4] === 'A' ? 'B' : 'A';
    file.vault.ciphertext = `${file.vault.ciphertext.slice(0, 4)}${flipped}${file.vault.ciphertext.slice(5)}`;
    expect(await failureOf(readBackup(JSON.stringify(file), passphrase))).toBe('malformed');
    expect(await failureOf(readBackup('{"format":"other"}', passphrase))).toBe('unknown-format');
    // Complete JSON that does not parse was edited, not cut short.
    expect(await failureOf(readBackup('{"format":"other",}', passphrase))).toBe('malformed');
  });

  it('refuses a file that asks for a gigabyte of memory before deriving anything', async () => {
    const text = await writeBackup({ createdAt: 1, entries, settings }, await vaultProtection());
    const file = JSON.parse(text) as { vault: { slots: { kdf: { memoryKiB: number } }[] } };
    for (const slot of file.vault.slots) slot.kdf.memoryKiB = 1_048_576;
    expect(await failureOf(readBackup(JSON.stringify(file), passphrase))).toBe('too-large');
  });

  it('restores the good entries and names a bad one', async () => {
    const bad = { ...entry('c'), issuer: 'Broken', params: { type: 'totp', secret: '!!' } };
    const text = await writeBackup(
      { createdAt: 1, entries: [first, bad as unknown as VaultEntry, second], settings },
      await vaultProtection(),
    );
    const opened = await readBackup(text, passphrase);
    expect(opened.entries).toEqual(entries);
    expect(opened.failed).toEqual([{ label: 'Broken (user-c)', code: 'malformed-entry' }]);
  });

  it('fails only with FormatError on any text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.constantFrom(`{"format":"${BACKUP_FORMAT}","version":1,"vault":{}}`),
        ),
        async (text) => {
          const error: unknown = await readBackup(text, passphrase).catch(
            (caught: unknown) => caught,
          );
          expect(error).toBeInstanceOf(FormatError);
        },
      ),
      { numRuns: 200 },
    );
  });
});
