/**
 * Vault envelope (issue 3, deliverable 5): what an unlock costs with the default Argon2id
 * parameters and at OWASP's minimum, and what saving and opening a 1,000-account vault costs.
 * hash-wasm runs the same WASM in Node as in the service worker, so these numbers approximate
 * the extension's (DESIGN 3 measured m=64 MiB t=3 at ~480-660 ms in Chromium's worker, m=19
 * MiB t=2 at ~140-250 ms: the worker is slower than Node here by about half again).
 */
import {
  createVault,
  decryptPayload,
  DEFAULT_KDF_PARAMS,
  encryptPayload,
  MIN_KDF_PARAMS,
  unlockWithPassphrase,
  type KdfParams,
} from '../src/core/crypto';
import type { Bench } from './harness';

/** About what vault.ts writes for one account: ids, names, a 32-character secret, origins. */
function payloadOf(accounts: number): Uint8Array {
  const entries = Array.from({ length: accounts }, (_, index) => ({
    id: crypto.randomUUID(),
    issuer: `Service ${index}`,
    account: `user${index}@organization.com`,
    params: {
      type: 'totp',
      secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    },
    origins: [`https://portal${index}.example.com`],
    siteId: null,
    note: '',
    createdAt: 1_760_000_000_000,
    updatedAt: 1_760_000_000_000,
  }));
  return new TextEncoder().encode(JSON.stringify({ schemaVersion: 1, entries }));
}

const describe = ({ memoryKiB, iterations, parallelism }: KdfParams) =>
  `m=${memoryKiB / 1024} MiB t=${iterations} p=${parallelism}`;

export async function run(bench: Bench): Promise<void> {
  const passphrase = 'correct horse battery staple';
  const small = payloadOf(10);
  for (const [label, kdfParams] of [
    ['default', DEFAULT_KDF_PARAMS],
    ['OWASP minimum', MIN_KDF_PARAMS],
  ] as const) {
    const { envelope } = await createVault(small, { passphrase, kdfParams });
    await bench.measure(
      `unlockWithPassphrase, ${label} (${describe(kdfParams)})`,
      () => unlockWithPassphrase(envelope, passphrase),
      { runs: 5, warmup: 1, note: 'Argon2id + unwrap + header seal' },
    );
  }

  const payload = payloadOf(1000);
  const { envelope, vaultKey } = await createVault(payload, {
    passphrase,
    kdfParams: MIN_KDF_PARAMS,
  });
  const note = `${Math.round(payload.length / 1024)} KB payload`;
  await bench.measure(
    'encryptPayload + decryptPayload, 1,000 accounts',
    async () => decryptPayload(await encryptPayload(envelope, vaultKey, payload), vaultKey),
    { runs: 15, note },
  );
  await bench.measure('decryptPayload, 1,000 accounts', () => decryptPayload(envelope, vaultKey), {
    runs: 15,
    note: 'includes parsing the stored envelope',
  });
}
