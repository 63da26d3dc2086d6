import { argon2id as hashWasmArgon2id, createMD5 } from 'hash-wasm';
import { concatBytes, copyBytes } from '../crypto/bytes';
import { encodeUtf8, type Bytes } from './bytes';
import { fileError } from './file-errors';

/**
 * The primitives other apps' encrypted exports need, over WebCrypto (and hash-wasm for MD5,
 * which WebCrypto lacks): AES-256-GCM with the 128-bit tag appended (how every format here
 * stores it, or can be made to), AES-CBC, PBKDF2, HMAC and HKDF-Expand, SHA-256. A failure of
 * the platform itself (not of the data) is reported as a file we cannot open, never thrown raw.
 * Inputs are copied before WebCrypto sees them, so callers may pass views and wipe their own.
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

/** AES-CBC with PKCS#7 padding: the plaintext, or `null` when the padding is wrong. */
export async function aesCbcDecrypt(
  key: Uint8Array,
  iv: Uint8Array,
  ciphertext: Uint8Array,
): Promise<Bytes | null> {
  if (ciphertext.length === 0 || ciphertext.length % 16 !== 0 || iv.length !== 16) return null;
  const cryptoKey = await platform(() =>
    crypto.subtle.importKey('raw', copyBytes(key), { name: 'AES-CBC' }, false, ['decrypt']),
  );
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-CBC', iv: copyBytes(iv) },
      cryptoKey,
      copyBytes(ciphertext),
    );
    return new Uint8Array(plain);
  } catch (error) {
    if (error instanceof Error && error.name === 'OperationError') return null;
    throw platformFailure();
  }
}

/** PBKDF2; `bytes` long (an AES-256 key unless told). */
export async function pbkdf2(
  password: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  hash: 'SHA-1' | 'SHA-256',
  bytes: number = AES_KEY_BYTES,
): Promise<Bytes> {
  const base = await platform(() =>
    crypto.subtle.importKey('raw', copyBytes(password), 'PBKDF2', false, ['deriveBits']),
  );
  const params = { name: 'PBKDF2', hash, salt: copyBytes(salt), iterations };
  return new Uint8Array(await platform(() => crypto.subtle.deriveBits(params, base, bytes * 8)));
}

export async function sha256(data: Uint8Array): Promise<Bytes> {
  return new Uint8Array(await platform(() => crypto.subtle.digest('SHA-256', copyBytes(data))));
}

export async function hmacSha256(key: Uint8Array, data: Uint8Array): Promise<Bytes> {
  const cryptoKey = await platform(() =>
    crypto.subtle.importKey('raw', copyBytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]),
  );
  return new Uint8Array(
    await platform(() => crypto.subtle.sign('HMAC', cryptoKey, copyBytes(data))),
  );
}

/** HKDF-Expand (RFC 5869 section 2.3) alone, SHA-256, for outputs of at most 32 bytes. */
export async function hkdfExpandSha256(
  prk: Uint8Array,
  info: string,
  bytes: number,
): Promise<Bytes> {
  const block = await hmacSha256(prk, concatBytes([encodeUtf8(info), Uint8Array.of(1)]));
  return block.slice(0, bytes);
}

export interface Argon2Cost {
  readonly iterations: number;
  readonly memorySize: number;
  readonly parallelism: number;
  readonly hashLength: number;
}

/** Argon2id (memorySize in KiB); callers bound the cost first, the file chooses it. */
export async function argon2id(
  password: Uint8Array,
  salt: Uint8Array,
  cost: Argon2Cost,
): Promise<Uint8Array> {
  return platform(() => hashWasmArgon2id({ password, salt, ...cost, outputType: 'binary' }));
}

/** Constant-time comparison of two MACs. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  return difference === 0;
}

/**
 * OpenSSL's EVP_BytesToKey with MD5 and one round, as CryptoJS uses it for passphrases:
 * D1 = MD5(password || salt), Di = MD5(Di-1 || password || salt), until `bytes` are made.
 */
export async function evpBytesToKeyMd5(
  password: Uint8Array,
  salt: Uint8Array,
  bytes: number,
): Promise<Bytes> {
  const md5 = await platform(() => createMD5());
  const output = new Uint8Array(bytes);
  let previous: Uint8Array = new Uint8Array(0);
  for (let filled = 0; filled < bytes; filled += previous.length) {
    md5.init();
    md5.update(previous);
    md5.update(password);
    md5.update(salt);
    previous = md5.digest('binary');
    output.set(previous.subarray(0, bytes - filled), filled);
  }
  return output;
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
