import { aesGcmDecrypt, aesGcmEncrypt, importAesKey, KEY_BYTES, NONCE_BYTES } from './aead';
import { encodeFields } from './associated-data';
import { copyBytes, wipe } from './bytes';
import { decodeBase64, encodeBase64 } from './encoding';
import { VaultCryptoError } from './errors';
import { randomBytes } from './random';

/**
 * Small items sealed one by one under the vault key (sync's per-account items): AES-256-GCM,
 * a fresh random nonce each, and what the item is (`label`: format, version, kind, id,
 * revision) as associated data, so an item moved to another id or revision fails to open.
 * Labels start with a name no envelope purpose uses, so no tag stands in for another.
 */

export type ItemLabel = readonly (string | number)[];

export interface SealedItem {
  /** 12 bytes, base64. */
  readonly n: string;
  /** Ciphertext and 16-byte tag, base64. */
  readonly c: string;
}

/** The vault key imported once for many items; the caller's bytes may be wiped after. */
export async function itemKey(vaultKey: Uint8Array): Promise<CryptoKey> {
  if (vaultKey.length !== KEY_BYTES)
    throw new VaultCryptoError('wrong-key', 'a vault key is 32 bytes');
  const raw = copyBytes(vaultKey);
  return importAesKey(raw).finally(() => wipe(raw));
}

export async function sealItem(
  key: CryptoKey,
  label: ItemLabel,
  plaintext: Uint8Array,
): Promise<SealedItem> {
  const nonce = randomBytes(NONCE_BYTES);
  const ciphertext = await aesGcmEncrypt(key, nonce, copyBytes(plaintext), encodeFields(label));
  return { n: encodeBase64(nonce), c: encodeBase64(ciphertext) };
}

/** The plaintext, or null when the item is damaged, moved, or sealed under another key. */
export async function openItem(
  key: CryptoKey,
  label: ItemLabel,
  item: SealedItem,
): Promise<Uint8Array | null> {
  const nonce = decodeBase64(item.n);
  const ciphertext = decodeBase64(item.c);
  if (nonce?.length !== NONCE_BYTES || !ciphertext || ciphertext.length < 16) return null;
  return aesGcmDecrypt(key, nonce, ciphertext, encodeFields(label));
}
