import { createMD5 } from 'hash-wasm';
import { FormatError } from './types';

/**
 * The few primitives other apps' encrypted files need, over WebCrypto (and hash-wasm for MD5,
 * which WebCrypto lacks). Key material stays in Uint8Arrays the callers may wipe.
 */

type Bytes = Uint8Array<ArrayBuffer>;

function platformFailure(): FormatError {
  return new FormatError(
    'unsupported-encryption',
    'This browser could not run the decryption this file needs.',
  );
}

async function subtle<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch {
    throw platformFailure();
  }
}

export function bytesOf(data: Uint8Array): Bytes {
  return new Uint8Array(data);
}

export function utf8(text: string): Bytes {
  return new TextEncoder().encode(text);
}

/** Strict UTF-8: `null` for bytes that are not valid UTF-8 (a wrong key's garbage usually). */
export function utf8Text(data: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return null;
  }
}

export function concat(...parts: readonly Uint8Array[]): Bytes {
  const result = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

/** AES-CBC with PKCS#7 padding: the plaintext, or `null` when the padding is wrong. */
export async function aesCbcDecrypt(
  key: Uint8Array,
  iv: Uint8Array,
  ciphertext: Uint8Array,
): Promise<Bytes | null> {
  if (ciphertext.length === 0 || ciphertext.length % 16 !== 0 || iv.length !== 16) return null;
  const cryptoKey = await subtle(() =>
    crypto.subtle.importKey('raw', bytesOf(key), { name: 'AES-CBC' }, false, ['decrypt']),
  );
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-CBC', iv: bytesOf(iv) },
      cryptoKey,
      bytesOf(ciphertext),
    );
    return new Uint8Array(plain);
  } catch (error) {
    if (error instanceof Error && error.name === 'OperationError') return null;
    throw platformFailure();
  }
}

export async function hmacSha256(key: Uint8Array, data: Uint8Array): Promise<Bytes> {
  const cryptoKey = await subtle(() =>
    crypto.subtle.importKey('raw', bytesOf(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]),
  );
  return new Uint8Array(await subtle(() => crypto.subtle.sign('HMAC', cryptoKey, bytesOf(data))));
}

export async function sha256(data: Uint8Array): Promise<Bytes> {
  return new Uint8Array(await subtle(() => crypto.subtle.digest('SHA-256', bytesOf(data))));
}

export async function pbkdf2Sha256(
  password: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  bytes: number,
): Promise<Bytes> {
  const base = await subtle(() =>
    crypto.subtle.importKey('raw', bytesOf(password), 'PBKDF2', false, ['deriveBits']),
  );
  const bits = await subtle(() =>
    crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: bytesOf(salt), iterations },
      base,
      bytes * 8,
    ),
  );
  return new Uint8Array(bits);
}

/** HKDF-Expand (RFC 5869 section 2.3) alone, SHA-256, for outputs of at most 32 bytes. */
export async function hkdfExpandSha256(
  prk: Uint8Array,
  info: string,
  bytes: number,
): Promise<Bytes> {
  const block = await hmacSha256(prk, concat(utf8(info), Uint8Array.of(1)));
  return block.slice(0, bytes);
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
  let md5;
  try {
    md5 = await createMD5();
  } catch {
    throw platformFailure();
  }
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
