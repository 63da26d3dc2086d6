/**
 * Backup and restore of 1,000 accounts, and reading a 1,000-account Aegis export. The
 * Argon2id (or scrypt) key derivation is the price of opening a file at all, so each is also
 * measured without it: "rest" is what our own code adds (JSON, validation, the restore plan).
 */
import { createVault, DEFAULT_KDF_PARAMS } from '../src/core/crypto';
import { readBackup, writeBackup } from '../src/core/formats/backup';
import { applyRestore, planRestore } from '../src/core/formats/restore-plan';
import type { VaultData, VaultEntry } from '../src/core/vault';
import { aegisImporter } from '../src/core/formats/aegis';
import { cheapVault } from '../tests/unit/crypto/cheap-envelope';
import { writeAegisEncrypted } from '../tests/unit/formats/support/writers';
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
    standby: null,
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
  const file = await writeBackup(contents, protection);
  await bench.measure(
    "back up 1,000 accounts (the vault's passphrase slot: no derivation)",
    () => writeBackup(contents, protection),
    { note: `${Math.round(file.length / 1024)} KB file` },
  );
  await bench.measure('open a 1,000-account backup', () => readBackup(file, passphrase), {
    runs: 5,
    note: 'Argon2id m=64 MiB t=3 included',
  });
  // The same file behind Argon2's cheapest cost (a test-only slot): what is left is ours.
  const cheap = await cheapVault(new TextEncoder().encode('{}'), { passphrase });
  const cheapFile = await writeBackup(contents, {
    kind: 'vault',
    envelope: cheap.envelope,
    vaultKey: cheap.vaultKey,
  });
  await bench.measure('  the same without the derivation: JSON, decryption, checks', () =>
    readBackup(cheapFile, passphrase),
  );
  const opened = await readBackup(file, passphrase);
  const current: VaultData = { schemaVersion: 2, entries: entries(1000, 'b') };
  await bench.measure('restore plan + apply: 1,000 into a 1,000-account vault', () =>
    applyRestore(current, planRestore(current, opened.entries, '2026-12-04')),
  );

  // Aegis's own default cost: scrypt N=2^15 r=8 p=1 (docs/vault.md).
  const aegisContents = {
    version: 1,
    entries: accounts.map((account) => ({
      type: 'totp',
      uuid: account.id,
      name: account.account,
      issuer: account.issuer,
      note: '',
      icon: null,
      info: { secret: account.params.secret, algo: 'SHA1', digits: 6, period: 30 },
    })),
  };
  const aegisFile = await writeAegisEncrypted(aegisContents, [{ password: passphrase, n: 32_768 }]);
  const aegisInput = { name: 'aegis.json', text: aegisFile, password: passphrase };
  await bench.measure(
    'read a 1,000-account encrypted Aegis export',
    async () => {
      const parsed = await aegisImporter.read(aegisInput);
      if (parsed.accounts.length !== 1000) throw new Error('Aegis bench: accounts lost');
    },
    { runs: 5, note: 'scrypt N=2^15 r=8 p=1 included' },
  );
  const plain = JSON.stringify({
    version: 1,
    header: { slots: null, params: null },
    db: aegisContents,
  });
  await bench.measure('  the same export unencrypted (everything but scrypt)', () =>
    aegisImporter.read({ name: 'aegis.json', text: plain, password: null }),
  );
}
