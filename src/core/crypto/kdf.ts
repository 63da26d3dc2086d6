import { argon2id } from 'hash-wasm';
import { copyBytes, wipe } from './bytes';
import { encodeUtf8, type Bytes } from './encoding';
import { VaultCryptoError } from './errors';
import { KDF_HASH_BYTES, type KdfParams } from './kdf-params';

/**
 * Passphrase -> 256-bit key-encryption key, with Argon2id from hash-wasm (WebCrypto has no
 * memory-hard KDF; DESIGN 3). Argon2 version 0x13 (19), the only one hash-wasm implements.
 */

export const ARGON2_VERSION = 19;

/**
 * NFKC, then UTF-8. NFKC (not NFC) because the same passphrase typed on another keyboard or
 * IME may arrive in a compatibility form (full-width letters, ligatures, non-breaking spaces
 * from a paste); NIST SP 800-63B 5.1.1.2 recommends NFKC or NFKD for exactly this. The cost,
 * a few characters that become equal, is negligible next to the passphrase's length. It is
 * part of format version 1: changing it would lock people out, so it needs a new version.
 * Nothing is trimmed: spaces are the user's to choose, and the UI shows what it sends.
 */
export function passphraseBytes(passphrase: string): Bytes {
  const normalized = passphrase.normalize('NFKC');
  if (normalized === '') throw new VaultCryptoError('empty-passphrase');
  return encodeUtf8(normalized);
}

/** The key-encryption key for a passphrase slot. The caller wipes the result. */
export async function deriveKeyEncryptionKey(
  password: Bytes,
  salt: Bytes,
  cost: KdfParams,
): Promise<Bytes> {
  let output: Uint8Array;
  try {
    output = await argon2id({
      password,
      salt,
      iterations: cost.iterations,
      parallelism: cost.parallelism,
      memorySize: cost.memoryKiB,
      hashLength: KDF_HASH_BYTES,
      outputType: 'binary',
    });
  } catch {
    // The WASM module could not load (a CSP without 'wasm-unsafe-eval') or allocate memory.
    throw new VaultCryptoError('crypto-unavailable');
  }
  const key = copyBytes(output);
  wipe(output);
  return key;
}
