/**
 * The test-only way to get envelopes quickly. The public operations refuse to create a
 * passphrase slot below OWASP's Argon2id minimum (~65 ms per derivation here); the
 * tamper and property tests need hundreds or thousands of unlocks. So this helper assembles
 * envelopes from crypto/'s INTERNAL builders (slots.ts, assemble.ts), which do not apply the
 * floor. Production code reaches crypto/ through src/core/crypto/index.ts, which exports
 * neither; opening still runs the stored parameters through the same bounds as any file.
 */
import { expect } from 'vitest';
import { importAesKey, KEY_BYTES } from '../../../src/core/crypto/aead';
import { assembleEnvelope } from '../../../src/core/crypto/assemble';
import { copyBytes } from '../../../src/core/crypto/bytes';
import { VaultCryptoError, type VaultCryptoErrorCode } from '../../../src/core/crypto/errors';
import type { VaultEnvelope } from '../../../src/core/crypto/format';
import type { KdfParams } from '../../../src/core/crypto/kdf-params';
import { randomBytes } from '../../../src/core/crypto/random';
import { storeEnvelope } from '../../../src/core/crypto/serialize';
import { wrapPassphraseSlot, wrapRawKeySlot } from '../../../src/core/crypto/slots';

/** Argon2's smallest legal cost: about a millisecond. */
export const CHEAP_KDF: KdfParams = { memoryKiB: 8, iterations: 1, parallelism: 1 };

export interface TestVault {
  readonly envelope: VaultEnvelope;
  readonly vaultKey: Uint8Array;
  readonly rawKey: Uint8Array;
}

/** A vault with the given slots, in order: a cheap passphrase slot and/or a raw-key slot. */
export async function cheapVault(
  payload: Uint8Array,
  {
    passphrase,
    raw = false,
    kdf = CHEAP_KDF,
  }: { passphrase?: string; raw?: boolean; kdf?: KdfParams } = {},
): Promise<TestVault> {
  const vaultKey = randomBytes(KEY_BYTES);
  const rawKey = randomBytes(KEY_BYTES);
  const slots = [];
  if (passphrase !== undefined) slots.push(await wrapPassphraseSlot(vaultKey, passphrase, kdf));
  if (raw) slots.push(await wrapRawKeySlot(vaultKey, await importAesKey(rawKey)));
  const cryptoKey = await importAesKey(vaultKey);
  const envelope = storeEnvelope(await assembleEnvelope(cryptoKey, slots, copyBytes(payload)));
  return { envelope, vaultKey, rawKey };
}

export const bytesOf = (text: string) => new TextEncoder().encode(text);

/** The code of the VaultCryptoError `promise` rejects with; fails on success or untyped errors. */
export async function codeOf(promise: Promise<unknown>): Promise<VaultCryptoErrorCode> {
  const error: unknown = await promise.then(
    () => expect.fail('expected a VaultCryptoError'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(VaultCryptoError);
  return (error as VaultCryptoError).code;
}

export function syncCodeOf(run: () => unknown): VaultCryptoErrorCode {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(VaultCryptoError);
    return (error as VaultCryptoError).code;
  }
  return expect.fail('expected a VaultCryptoError');
}

/**
 * toEqual on typed arrays compares element by element through vitest's generic equality
 * (~3.5 ms for 2 KB): too slow for 10,000 runs. Compare bytes natively; diff only on failure.
 */
export function expectSameBytes(actual: Uint8Array, expected: Uint8Array): void {
  if (!Buffer.from(actual).equals(Buffer.from(expected))) expect(actual).toEqual(expected);
}
