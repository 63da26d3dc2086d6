import { decodeBase64 } from '../crypto/encoding';
import { decodeUtf8, encodeUtf8 } from './bytes';
import { aesCbcDecrypt, evpBytesToKeyMd5 } from './crypto';

/**
 * CryptoJS's `AES.encrypt(text, passphrase).toString()`: base64 of OpenSSL's salted format,
 * "Salted__" + 8-byte salt + AES-256-CBC ciphertext, key and IV from EVP_BytesToKey (MD5, one
 * round) over the UTF-8 passphrase and the salt.
 */

const MAGIC = 'Salted__';

/** The plaintext bytes, or null when they do not decrypt under this passphrase. */
export async function decryptCryptoJsAesBytes(
  encrypted: string,
  passphrase: string,
): Promise<Uint8Array | null> {
  const bytes = decodeBase64(encrypted.trim());
  if (bytes === null || bytes.length < 32) return null;
  if (String.fromCharCode(...bytes.subarray(0, 8)) !== MAGIC) return null;
  const salt = bytes.subarray(8, 16);
  const material = await evpBytesToKeyMd5(encodeUtf8(passphrase), salt, 48);
  const plain = await aesCbcDecrypt(
    material.subarray(0, 32),
    material.subarray(32),
    bytes.subarray(16),
  );
  material.fill(0);
  return plain;
}

/** The text, or null when it does not decrypt to UTF-8 under this passphrase. */
export async function decryptCryptoJsAes(
  encrypted: string,
  passphrase: string,
): Promise<string | null> {
  const plain = await decryptCryptoJsAesBytes(encrypted, passphrase);
  if (plain === null) return null;
  const text = decodeUtf8(plain);
  plain.fill(0);
  return text;
}
