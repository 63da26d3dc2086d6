import { describe, expect, it } from 'vitest';
import {
  createVault,
  decryptPayload,
  encryptPayload,
  MIN_KDF_PARAMS,
  parseEnvelope,
  unlockWithPassphrase,
  unlockWithRawKey,
} from '../../../src/core/crypto';
import { bytesOf, cheapVault, codeOf, syncCodeOf } from './cheap-envelope';

const payload = bytesOf('{"schemaVersion":1,"entries":[]}');

describe('createVault and unlock (real Argon2id at the OWASP minimum)', () => {
  it('round-trips: passphrase -> vault key -> payload', async () => {
    const { envelope, vaultKey } = await createVault(payload, {
      passphrase: 'correct horse battery staple',
      kdfParams: MIN_KDF_PARAMS,
    });
    const unlocked = await unlockWithPassphrase(envelope, 'correct horse battery staple');
    expect(unlocked).toEqual(vaultKey);
    expect(await decryptPayload(envelope, unlocked)).toEqual(payload);
  });

  it('reports a wrong passphrase as wrong-passphrase', async () => {
    const { envelope } = await createVault(payload, {
      passphrase: 'right',
      kdfParams: MIN_KDF_PARAMS,
    });
    expect(await codeOf(unlockWithPassphrase(envelope, 'wrong'))).toBe('wrong-passphrase');
    expect(await codeOf(unlockWithPassphrase(envelope, 'Right'))).toBe('wrong-passphrase');
  });

  it('stores the parameters in the slot and unlocks with them, not with the defaults', async () => {
    const kdfParams = { memoryKiB: 20_480, iterations: 2, parallelism: 2 };
    const { envelope } = await createVault(payload, { passphrase: 'pw', kdfParams });
    const slot = envelope.slots[0];
    expect(slot?.kind === 'passphrase' && slot.kdf).toMatchObject({
      algorithm: 'argon2id',
      version: 19,
      hashLength: 32,
      ...kdfParams,
    });
    const vaultKey = await unlockWithPassphrase(envelope, 'pw');
    expect(await decryptPayload(envelope, vaultKey)).toEqual(payload);
  });

  it('uses m=64 MiB t=3 p=1 with a 16-byte salt by default', async () => {
    const { envelope } = await createVault(payload, { passphrase: 'pw' });
    const slot = envelope.slots[0];
    expect(slot?.kind === 'passphrase' && slot.kdf).toMatchObject({
      memoryKiB: 65_536,
      iterations: 3,
      parallelism: 1,
    });
    expect(slot?.kind === 'passphrase' && atob(slot.kdf.salt).length).toBe(16);
  });

  it.each([
    [{ memoryKiB: 19_455, iterations: 2, parallelism: 1 }, 'weak-kdf-parameters'],
    [{ memoryKiB: 19_456, iterations: 1, parallelism: 1 }, 'weak-kdf-parameters'],
    [{ memoryKiB: 8, iterations: 1, parallelism: 1 }, 'weak-kdf-parameters'],
    [{ memoryKiB: 2_000_000, iterations: 3, parallelism: 1 }, 'kdf-parameters-out-of-range'],
    [{ memoryKiB: 65_536, iterations: 101, parallelism: 1 }, 'kdf-parameters-out-of-range'],
    [{ memoryKiB: 65_536, iterations: 3, parallelism: 0 }, 'kdf-parameters-out-of-range'],
    [{ memoryKiB: 65_536, iterations: 2.5, parallelism: 1 }, 'kdf-parameters-out-of-range'],
    [{ memoryKiB: Number.NaN, iterations: 3, parallelism: 1 }, 'kdf-parameters-out-of-range'],
  ] as const)('refuses to create a slot with %o: %s', async (kdfParams, code) => {
    expect(await codeOf(createVault(payload, { passphrase: 'pw', kdfParams }))).toBe(code);
  });

  it('refuses empty passphrases, also after normalisation', async () => {
    const kdfParams = MIN_KDF_PARAMS;
    expect(await codeOf(createVault(payload, { passphrase: '', kdfParams }))).toBe(
      'empty-passphrase',
    );
    const { envelope } = await cheapVault(payload, { passphrase: 'x' });
    expect(await codeOf(unlockWithPassphrase(envelope, ''))).toBe('empty-passphrase');
  });
});

describe('payload encryption', () => {
  it('re-encrypts under the same slots with a fresh nonce', async () => {
    const { envelope, rawKey, vaultKey } = await cheapVault(payload, { raw: true });
    const next = await encryptPayload(envelope, vaultKey, bytesOf('second'));
    expect(next.slots).toEqual(envelope.slots);
    expect(next.nonce).not.toBe(envelope.nonce);
    expect(await decryptPayload(next, vaultKey)).toEqual(bytesOf('second'));
    expect(await unlockWithRawKey(next, rawKey)).toEqual(vaultKey);
  });

  it('encrypts an empty payload', async () => {
    const { envelope, vaultKey } = await cheapVault(new Uint8Array(0), { raw: true });
    expect(await decryptPayload(envelope, vaultKey)).toEqual(new Uint8Array(0));
  });

  it('never encrypts with a key that is not the vault key (it would lose the data)', async () => {
    const { envelope } = await cheapVault(payload, { raw: true });
    const stranger = crypto.getRandomValues(new Uint8Array(32));
    expect(await codeOf(encryptPayload(envelope, stranger, payload))).toBe('wrong-key');
    expect(await codeOf(decryptPayload(envelope, stranger))).toBe('wrong-key');
    expect(await codeOf(decryptPayload(envelope, new Uint8Array(16)))).toBe('wrong-key');
  });

  it('leaves the caller’s arrays as they were (it wipes only its own copies)', async () => {
    const { envelope, vaultKey, rawKey } = await cheapVault(payload, { raw: true });
    const copies = [vaultKey, rawKey, payload].map((array) => Uint8Array.from(array));
    const next = await encryptPayload(envelope, vaultKey, payload);
    await decryptPayload(next, vaultKey);
    await unlockWithRawKey(next, rawKey);
    expect([vaultKey, rawKey, payload]).toEqual(copies);
  });
});

describe('raw-key slots', () => {
  it('unlock with the raw key; another key is wrong-key', async () => {
    const { envelope, rawKey, vaultKey } = await cheapVault(payload, { raw: true });
    expect(await unlockWithRawKey(envelope, rawKey)).toEqual(vaultKey);
    const other = crypto.getRandomValues(new Uint8Array(32));
    expect(await codeOf(unlockWithRawKey(envelope, other))).toBe('wrong-key');
    expect(await codeOf(unlockWithRawKey(envelope, new Uint8Array(31)))).toBe('wrong-key');
  });

  it('says which slot is missing', async () => {
    const { envelope, rawKey } = await cheapVault(payload, { passphrase: 'pw' });
    expect(await codeOf(unlockWithRawKey(envelope, rawKey))).toBe('wrong-key');
    const rawOnly = await cheapVault(payload, { raw: true });
    expect(await codeOf(unlockWithPassphrase(rawOnly.envelope, 'pw'))).toBe('slot-not-found');
  });
});

describe('the stored form', () => {
  it('is JSON-safe and self-describing', async () => {
    const { envelope, vaultKey } = await cheapVault(payload, { passphrase: 'pw', raw: true });
    const stored: unknown = JSON.parse(JSON.stringify(envelope));
    expect(stored).toEqual(envelope);
    expect(stored).toMatchObject({
      format: 'sonar-authenticator-vault',
      version: 1,
      cipher: 'AES-256-GCM',
    });
    const parsed = parseEnvelope(stored);
    expect(await decryptPayload(parsed, vaultKey)).toEqual(payload);
  });

  it('reports future versions as unsupported-version, whatever their shape', async () => {
    const { envelope } = await cheapVault(payload, { raw: true });
    const future = { ...envelope, version: 2, newField: true };
    expect(syncCodeOf(() => parseEnvelope(future))).toBe('unsupported-version');
    expect(syncCodeOf(() => parseEnvelope({ format: envelope.format, version: 7 }))).toBe(
      'unsupported-version',
    );
    // @ts-expect-error -- a stored value from a newer extension, not a VaultEnvelope
    expect(await codeOf(unlockWithPassphrase(future, 'pw'))).toBe('unsupported-version');
  });
});
