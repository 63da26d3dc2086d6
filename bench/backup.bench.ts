/**
 * Backup and restore of 1,000 accounts, and reading a 1,000-account Aegis export. The
 * Argon2id (or scrypt) key derivation is the price of opening a file at all, so each is also
 * measured without it: "rest" is what our own code adds (JSON, validation, the restore plan).
 */
import { createVault, DEFAULT_KDF_PARAMS, unlockWithPassphrase } from '../src/core/crypto';
import { readBackup, writeBackup } from '../src/core/formats/backup';
import { applyRestore, planRestore } from '../src/core/formats/restore-plan';
import type { VaultData, VaultEntry } from '../src/core/vault';
import type { Bench } from './harness';

const passphrase = 'correct horse battery staple';

function entries(count: number, prefix: string): VaultEntry[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index}`,
    issuer: `Service ${index}`,
    account: `user${index}@organization.com`,
    params: {
      type: 'totp',
      // A different secret per account, as real vaults have.
      secret: `JBSWY3DPEHPK3PXP${index
        .toString(32)
        .toUpperCase()
        .padStart(4, 'A')
        .replace(/[0189]/g, 'Q')}`,
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    },
    origins: [`https://portal${index}.example.com`],
    siteId: null,
    note: 'a note',
    createdAt: 1_760_000_000_000,
    updatedAt: 1_760_000_000_000,
  }));
}

export async function run(bench: Bench): Promise<void> {
  const accounts = entries(1000, 'a');
  const vault = await createVault(new TextEncoder().encode('{"schemaVersion":1,"entries":[]}'), {
    passphrase,
    kdfParams: DEFAULT_KDF_PARAMS,
  });
  const protection = { kind: 'vault', envelope: vault.envelope, vaultKey: vault.vaultKey } as const;
  const contents = { createdAt: Date.now(), entries: accounts, settings: {} };
  let file = '';
  await bench.measure(
    'back up 1,000 accounts (vault passphrase slot, no derivation)',
    async () => {
      file = await writeBackup(contents, protection);
    },
    { note: `${Math.round(file.length / 1024)} KB file` },
  );
  await bench.measure(
    'open a 1,000-account backup (Argon2id m=64 MiB t=3 + rest)',
    () => readBackup(file, passphrase),
    { runs: 5 },
  );
  const opened = await readBackup(file, passphrase);
  const current: VaultData = { schemaVersion: 1, entries: entries(1000, 'b') };
  await bench.measure('restore plan + apply: 1,000 into a 1,000-account vault', () =>
    applyRestore(current, planRestore(current, opened.entries, '2026-12-04')),
  );
}
