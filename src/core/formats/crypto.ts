import type { Bytes } from './bytes';
import { fileError } from './file-errors';

/**
 * The WebCrypto pieces other apps' encrypted exports need: AES-256-GCM with the 128-bit tag
 * appended (how every format here stores it, or can be made to), PBKDF2 and SHA-256. A failure
 * of the platform itself (not of the data) is reported as a file we cannot open, never thrown
 * raw.
 */

export const AES_KEY_BYTES = 32;
export const GCM_NONCE_BYTES = 12;
export const GCM_TAG_BYTES = 16;

/** The plaintext, or `null` when authentication fails (wrong key, or any changed byte). */
export async function openAesGcm(key: Bytes, nonce: Bytes, sealed: Bytes): Promise<Bytes | null> {
  if (key.length !== AES_KEY_BYTES || nonce.length !== GCM_NONCE_BYTES) return null;
  if (sealed.length < GCM_TAG_BYTES) return null;
  const cryptoKey = await platform(() =>
    crypto.subtle.importKey('raw', key, { name: 'AES-GCM' }, false, ['decrypt']),
  );
  try {
    const params = { name: 'AES-GCM', iv: nonce, tagLength: 128 };
    return new Uint8Array(await crypto.subtle.decrypt(params, cryptoKey, sealed));
  } catch (error) {
    if (error instanceof Error && error.name === 'OperationError') return null;
    throw platformFailure();
  }
}

/** For tests' writers and our own exports: the ciphertext with its tag appended. */
export async function sealAesGcm(key: Bytes, nonce: Bytes, plaintext: Bytes): Promise<Bytes> {
  const cryptoKey = await platform(() =>
    crypto.subtle.importKey('raw', key, { name: 'AES-GCM' }, false, ['encrypt']),
  );
  const params = { name: 'AES-GCM', iv: nonce, tagLength: 128 };
  return new Uint8Array(await platform(() => crypto.subtle.encrypt(params, cryptoKey, plaintext)));
}

export async function pbkdf2(
  password: Bytes,
  salt: Bytes,
  iterations: number,
  hash: 'SHA-1' | 'SHA-256',
): Promise<Bytes> {
  const base = await platform(() =>
    crypto.subtle.importKey('raw', password, 'PBKDF2', false, ['deriveBits']),
  );
  const params = { name: 'PBKDF2', hash, salt, iterations };
  return new Uint8Array(
    await platform(() => crypto.subtle.deriveBits(params, base, AES_KEY_BYTES * 8)),
  );
}

export async function sha256(bytes: Bytes): Promise<Bytes> {
  return new Uint8Array(await platform(() => crypto.subtle.digest('SHA-256', bytes)));
}

async function platform<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch {
    throw platformFailure();
  }
}

function platformFailure() {
  return fileError('unsupported-encryption', "this browser's encryption functions failed");
}
