import { aesGcmEncrypt, importAesKey, KEY_BYTES, NONCE_BYTES } from './aead';
import { payloadAssociatedData } from './associated-data';
import { copyBytes, wipe } from './bytes';
import type { Bytes } from './encoding';
import { VaultCryptoError, type VaultCryptoErrorCode } from './errors';
import type { DecodedEnvelope, DecodedSlot } from './format';
import { randomBytes } from './random';
import { headerIsIntact, sealHeader } from './seal';
import { unwrapPassphraseSlot } from './slots';

/**
 * Internal building blocks shared by the public operations (and by tests, which assemble
 * cheap envelopes from them): encrypt a payload under slots, re-seal after a slot change, and
 * prove that a vault key belongs to an envelope before anything is written with it.
 */

/** The vault key in both forms: bytes to wrap into slots, a CryptoKey for everything else. */
export interface VaultKey {
  readonly bytes: Bytes;
  readonly cryptoKey: CryptoKey;
}

/** A fresh payload nonce and ciphertext, then the seal over the header. */
export async function assembleEnvelope(
  vaultKey: CryptoKey,
  slots: readonly DecodedSlot[],
  payload: Bytes,
): Promise<DecodedEnvelope> {
  const nonce = randomBytes(NONCE_BYTES);
  const ciphertext = await aesGcmEncrypt(vaultKey, nonce, payload, payloadAssociatedData());
  return { slots, nonce, ciphertext, ...(await sealHeader(vaultKey, slots, nonce)) };
}

/** Same payload nonce and ciphertext, new slots, a new seal (rewrap the slot only). */
export async function resealEnvelope(
  vaultKey: CryptoKey,
  envelope: DecodedEnvelope,
  slots: readonly DecodedSlot[],
): Promise<DecodedEnvelope> {
  return { ...envelope, slots, ...(await sealHeader(vaultKey, slots, envelope.nonce)) };
}

/**
 * `bytes` as this envelope's vault key, once its seal verifies; otherwise `bytes` is wiped
 * and the operation fails with `failure`.
 */
async function provenVaultKey(
  envelope: DecodedEnvelope,
  bytes: Bytes,
  failure: VaultCryptoErrorCode,
): Promise<VaultKey> {
  const cryptoKey = await importAesKey(bytes);
  if (await headerIsIntact(cryptoKey, envelope)) return { bytes, cryptoKey };
  wipe(bytes);
  throw new VaultCryptoError(failure, 'the header seal does not verify');
}

/**
 * A vault key handed back in (from the session). Proving it first means a stale key (say,
 * from before a vault reset) can never write an envelope whose slots hold another key. The
 * result holds a copy, which the caller wipes.
 */
export async function acceptVaultKey(
  envelope: DecodedEnvelope,
  vaultKey: Uint8Array,
): Promise<VaultKey> {
  if (vaultKey.length !== KEY_BYTES) {
    throw new VaultCryptoError('wrong-key', 'a vault key is 32 bytes');
  }
  return provenVaultKey(envelope, copyBytes(vaultKey), 'wrong-key');
}

/** After a slot opened, the key is right: a seal that fails means the header was edited. */
export async function openedVaultKey(envelope: DecodedEnvelope, bytes: Bytes): Promise<VaultKey> {
  return provenVaultKey(envelope, bytes, 'tampered');
}

export function passphraseSlotOf(envelope: DecodedEnvelope): DecodedSlot {
  const slot = envelope.slots.find((candidate) => candidate.kind === 'passphrase');
  if (!slot) throw new VaultCryptoError('slot-not-found', 'the vault has no passphrase');
  return slot;
}

/** The vault key from the passphrase slot, with the header proven intact. */
export async function openPassphraseSlot(
  envelope: DecodedEnvelope,
  passphrase: string,
): Promise<VaultKey> {
  const vaultKey = await unwrapPassphraseSlot(passphraseSlotOf(envelope), passphrase);
  if (!vaultKey) throw new VaultCryptoError('wrong-passphrase');
  return openedVaultKey(envelope, vaultKey);
}
