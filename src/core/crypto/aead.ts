import type { Bytes } from './encoding';
import { VaultCryptoError } from './errors';

/**
 * AES-256-GCM through WebCrypto, the one cipher of format version 1 (DESIGN 4.1): 96-bit
 * nonces, 128-bit tags appended to the ciphertext. Keys arrive as raw bytes (the service
 * worker keeps raw bytes in `storage.session`) and are imported per call, non-extractable.
 */

export const KEY_BYTES = 32;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;

/**
 * A non-extractable AES-GCM key. WebCrypto keeps its own copy of the bytes, so the caller may
 * wipe `raw` right after; one import serves all the operations on that key in one call.
 */
export async function importAesKey(raw: Bytes): Promise<CryptoKey> {
  try {
    return await crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, [
      'encrypt',
      'decrypt',
    ]);
  } catch {
    throw new VaultCryptoError('crypto-unavailable');
  }
}

export async function aesGcmEncrypt(
  key: CryptoKey,
  nonce: Bytes,
  plaintext: Bytes,
  associatedData: Bytes,
): Promise<Bytes> {
  try {
    const params = { name: 'AES-GCM', iv: nonce, additionalData: associatedData, tagLength: 128 };
    return new Uint8Array(await crypto.subtle.encrypt(params, key, plaintext));
  } catch {
    throw new VaultCryptoError('crypto-unavailable');
  }
}

/**
 * The plaintext, or `null` when authentication fails (wrong key, or any changed byte of the
 * nonce, ciphertext, tag or associated data: GCM cannot tell these apart). Any other failure
 * is the platform's, not the data's.
 */
export async function aesGcmDecrypt(
  key: CryptoKey,
  nonce: Bytes,
  ciphertext: Bytes,
  associatedData: Bytes,
): Promise<Bytes | null> {
  try {
    const params = { name: 'AES-GCM', iv: nonce, additionalData: associatedData, tagLength: 128 };
    return new Uint8Array(await crypto.subtle.decrypt(params, key, ciphertext));
  } catch (error) {
    if (error instanceof Error && error.name === 'OperationError') return null;
    throw new VaultCryptoError('crypto-unavailable');
  }
}
