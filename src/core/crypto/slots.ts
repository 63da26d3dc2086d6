import { aesGcmDecrypt, aesGcmEncrypt, importAesKey, KEY_BYTES, NONCE_BYTES } from './aead';
import { slotAssociatedData, type SlotDescription } from './associated-data';
import { wipe } from './bytes';
import type { Bytes } from './encoding';
import type { DecodedKdfParams, DecodedSlot } from './format';
import { deriveKeyEncryptionKey, passphraseBytes } from './kdf';
import { KDF_SALT_BYTES, type KdfParams } from './kdf-params';
import { newSlotId, randomBytes } from './random';

/**
 * Key slots (after Aegis's docs/vault.md and LUKS): each slot holds the vault key wrapped with
 * AES-256-GCM under its own key-encryption key (KEK), with its own random nonce and its
 * description (id, kind, KDF parameters) as associated data, so a changed parameter fails the
 * unwrap instead of silently deriving another key.
 *
 * INTERNAL: these builders do not apply the KDF floor. The public operations (envelope.ts,
 * slot-operations.ts) call checkKdfParamsForCreation before they get here; tests import this
 * file directly to build cheap slots (tests/unit/crypto/cheap-envelope.ts). index.ts does not
 * export it, so extension code reaches slots only through the checked operations.
 */

export async function wrap(kek: CryptoKey, vaultKey: Bytes, description: SlotDescription) {
  const nonce = randomBytes(NONCE_BYTES);
  const wrappedKey = await aesGcmEncrypt(kek, nonce, vaultKey, slotAssociatedData(description));
  return { nonce, wrappedKey };
}

/** The vault key, or `null` when `kek` does not open this slot (or the slot was changed). */
export async function unwrap(kek: CryptoKey, slot: DecodedSlot): Promise<Bytes | null> {
  const vaultKey = await aesGcmDecrypt(kek, slot.nonce, slot.wrappedKey, slotAssociatedData(slot));
  if (vaultKey?.length === KEY_BYTES) return vaultKey;
  wipe(vaultKey);
  return null;
}

/** Derives a passphrase slot's KEK and imports it; the derived bytes are wiped at once. */
async function passphraseKek(passphrase: string, kdf: DecodedKdfParams): Promise<CryptoKey> {
  const password = passphraseBytes(passphrase);
  let kek: Bytes | undefined;
  try {
    kek = await deriveKeyEncryptionKey(password, kdf.salt, kdf);
    return await importAesKey(kek);
  } finally {
    wipe(password, kek);
  }
}

/** A raw slot: `rawKey` is itself the KEK, so it must be a uniformly random 256-bit key. */
export async function wrapRawKeySlot(vaultKey: Bytes, rawKey: CryptoKey): Promise<DecodedSlot> {
  const description = { id: newSlotId(), kind: 'raw' } as const;
  return { ...description, ...(await wrap(rawKey, vaultKey, description)) };
}

export async function unwrapRawKeySlot(
  slot: DecodedSlot,
  rawKey: CryptoKey,
): Promise<Bytes | null> {
  return slot.kind === 'raw' ? unwrap(rawKey, slot) : null;
}

/** A passphrase slot with a fresh salt. `id` keeps a slot's identity when it is rewrapped. */
export async function wrapPassphraseSlot(
  vaultKey: Bytes,
  passphrase: string,
  params: KdfParams,
  id = newSlotId(),
): Promise<DecodedSlot> {
  const kdf = { ...params, salt: randomBytes(KDF_SALT_BYTES) };
  const kek = await passphraseKek(passphrase, kdf);
  const description = { id, kind: 'passphrase', kdf } as const;
  return { ...description, ...(await wrap(kek, vaultKey, description)) };
}

/**
 * The vault key, or `null`. A wrong passphrase and a tampered slot (salt, parameters, nonce
 * or wrapped key changed) both end in the same failed GCM tag check: they cannot be told
 * apart, and the caller reports 'wrong-passphrase' for both. That is the honest answer for
 * the common case and leaks nothing an attacker who edited the file would not already know.
 */
export async function unwrapPassphraseSlot(
  slot: DecodedSlot,
  passphrase: string,
): Promise<Bytes | null> {
  if (slot.kind !== 'passphrase') return null;
  return unwrap(await passphraseKek(passphrase, slot.kdf), slot);
}
