import { describe, expect, it } from 'vitest';
import { encryptPayload, VaultCryptoError, type VaultEnvelope } from '../../src/core/crypto';
import { decodeBase64, encodeBase64 } from '../../src/core/crypto/encoding';
import { randomBytes } from '../../src/core/crypto/random';
import { addEntry, emptyVault, serializeVault, VaultError } from '../../src/core/vault';
import { openStoredVault } from '../../src/core/vault/open-generation';
import { bytesOf, cheapVault } from './crypto/cheap-envelope';

// Opening the stored vault with its key (DESIGN 4.7), as the worker does at unlock and after a
// restart, and as the popup does as it opens: the newest generation, else the previous one.

const totpParams = {
  type: 'totp',
  secret: 'JBSWY3DPEHPK3PXP',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
} as const;
const older = emptyVault();
const newer = addEntry(
  older,
  { issuer: 'Sonar', account: '101', params: totpParams },
  { now: 1, id: 'a' },
).vault;

const { envelope: previous, vaultKey } = await cheapVault(serializeVault(older), {
  passphrase: 'p',
});
const current = await encryptPayload(previous, vaultKey, serializeVault(newer));

/** The same envelope with one bit of its ciphertext flipped. */
function damaged(envelope: VaultEnvelope): VaultEnvelope {
  const bytes = decodeBase64(envelope.ciphertext) ?? new Uint8Array(0);
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  return { ...envelope, ciphertext: encodeBase64(bytes) };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a failure'),
    (error: unknown) => error,
  );
}

describe('opening the stored vault', () => {
  it('opens the newest generation, as recovered as it was read', async () => {
    const opened = await openStoredVault(
      { envelope: current, recovered: false, previous },
      vaultKey,
    );
    expect(opened).toEqual({ envelope: current, data: newer, recovered: false });
    // The storage read took the previous generation already (the newest did not parse).
    const read = await openStoredVault(
      { envelope: previous, recovered: true, previous: null },
      vaultKey,
    );
    expect(read).toEqual({ envelope: previous, data: older, recovered: true });
  });

  it('falls back to the previous generation when the newest does not decrypt', async () => {
    const opened = await openStoredVault(
      { envelope: damaged(current), recovered: false, previous },
      vaultKey,
    );
    expect(opened).toEqual({ envelope: previous, data: older, recovered: true });
  });

  it('falls back when the newest decrypts to data it cannot read', async () => {
    const unreadable = await encryptPayload(previous, vaultKey, bytesOf('{"schemaVersion":2}'));
    const opened = await openStoredVault(
      { envelope: unreadable, recovered: false, previous },
      vaultKey,
    );
    expect(opened.data).toEqual(older);
    const alone = failure(
      openStoredVault({ envelope: unreadable, recovered: false, previous: null }, vaultKey),
    );
    expect(await alone).toBeInstanceOf(VaultError);
  });

  it('throws the last failure when no generation opens, such as with another key', async () => {
    const error = await failure(
      openStoredVault({ envelope: current, recovered: false, previous }, randomBytes(32)),
    );
    expect(error).toBeInstanceOf(VaultCryptoError);
    expect((error as VaultCryptoError).code).toBe('wrong-key');
    const both = await failure(
      openStoredVault(
        { envelope: damaged(current), recovered: false, previous: damaged(previous) },
        vaultKey,
      ),
    );
    expect((both as VaultCryptoError).code).toBe('tampered');
  });
});
