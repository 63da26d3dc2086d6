import { scrypt } from 'hash-wasm';
import { concatBytes } from '../crypto/bytes';
import { decodeBase64, decodeHex, decodeUtf8, encodeUtf8, type Bytes } from './bytes';
import { GCM_NONCE_BYTES, GCM_TAG_BYTES, openAesGcm } from './crypto';
import { fileError } from './file-errors';
import { isObject, parseDecryptedJson } from './json';

/**
 * An encrypted Aegis vault (Aegis docs/vault.md): a random 256-bit master key encrypts the
 * contents with AES-256-GCM (`header.params` holds the nonce and tag, hex; `db` is the
 * ciphertext, base64). Each slot holds the master key wrapped the same way (`key`,
 * `key_params`); password slots (type 1) wrap it with scrypt(password UTF-8, salt, n, r, p)
 * to 32 bytes. Biometric (2) and raw (0) slots need the phone's keystore: skipped.
 */

const PASSWORD_SLOT = 1;
const KEY_BYTES = 32;

/**
 * Aegis writes n = 2^15, r = 8, p = 1 (32 MiB, ~0.2 s here). scrypt needs 128 * n * r bytes
 * and time in n * r * p, so a crafted file could ask for gigabytes or minutes: both bounded,
 * with room for a phone that wrote 4x the default.
 */
export const SCRYPT_LIMITS = { maxMemoryBlocks: 2 ** 20, maxWork: 2 ** 21, maxSlots: 4 } as const;

interface PasswordSlot {
  readonly key: Bytes;
  readonly nonce: Bytes;
  readonly tag: Bytes;
  readonly salt: Bytes;
  readonly n: number;
  readonly r: number;
  readonly p: number;
}

/** The vault's contents (still unchecked JSON). */
export async function decryptAegisDb(
  header: Readonly<Record<string, unknown>>,
  db: string,
  password: string,
): Promise<unknown> {
  const params = sealParams(header.params, 'header.params');
  if (!Array.isArray(header.slots)) throw fileError('malformed', 'header.slots is not a list');
  const slots = header.slots.filter(
    (slot: unknown) => isObject(slot) && slot.type === PASSWORD_SLOT,
  );
  if (slots.length === 0) {
    throw fileError('unsupported-encryption', 'it has no password slot, only device keys');
  }
  if (slots.length > SCRYPT_LIMITS.maxSlots)
    throw fileError('too-large', 'too many password slots');
  const parsed = slots.map(passwordSlot);
  const masterKey = await unwrapMasterKey(parsed, encodeUtf8(password));
  const ciphertext = decodeBase64(db);
  if (ciphertext === null) throw fileError('malformed', 'db is not base64');
  const plaintext = await openAesGcm(
    masterKey,
    params.nonce,
    concatBytes([ciphertext, params.tag]),
  );
  if (plaintext === null) {
    throw fileError('truncated', 'its encrypted contents fail their integrity check');
  }
  const text = decodeUtf8(plaintext);
  if (text === null) throw fileError('malformed', 'its decrypted contents are not text');
  return parseDecryptedJson(text);
}

async function unwrapMasterKey(slots: readonly PasswordSlot[], password: Bytes): Promise<Bytes> {
  for (const slot of slots) {
    const wrappingKey = await deriveKey(password, slot);
    const masterKey = await openAesGcm(wrappingKey, slot.nonce, concatBytes([slot.key, slot.tag]));
    wrappingKey.fill(0);
    if (masterKey !== null) {
      if (masterKey.length !== KEY_BYTES) throw fileError('unsupported-encryption', 'key size');
      return masterKey;
    }
  }
  throw fileError('wrong-password');
}

async function deriveKey(password: Bytes, slot: PasswordSlot): Promise<Bytes> {
  try {
    const output = await scrypt({
      password,
      salt: slot.salt,
      costFactor: slot.n,
      blockSize: slot.r,
      parallelism: slot.p,
      hashLength: KEY_BYTES,
      outputType: 'binary',
    });
    return new Uint8Array(output);
  } catch {
    // The WASM module could not load (a CSP without 'wasm-unsafe-eval') or allocate memory.
    throw fileError('unsupported-encryption', "this browser's scrypt failed");
  }
}

function passwordSlot(slot: unknown): PasswordSlot {
  if (!isObject(slot)) throw fileError('malformed', 'a slot is not an object');
  const key = hexField(slot.key, 'slot key');
  if (key.length !== KEY_BYTES) throw fileError('malformed', 'a slot key has the wrong size');
  const { nonce, tag } = sealParams(slot.key_params, 'slot key_params');
  const salt = hexField(slot.salt, 'slot salt');
  if (salt.length === 0) throw fileError('malformed', 'a slot salt is empty');
  const [n, r, p] = [slot.n, slot.r, slot.p].map(positiveInteger);
  if (n === undefined || r === undefined || p === undefined || n < 2 || (n & (n - 1)) !== 0) {
    throw fileError('malformed', 'a slot has impossible scrypt parameters');
  }
  if (n * r > SCRYPT_LIMITS.maxMemoryBlocks || n * r * p > SCRYPT_LIMITS.maxWork) {
    throw fileError('too-large', 'its password protection asks for too much memory or time');
  }
  return { key, nonce, tag, salt, n, r, p };
}

function sealParams(value: unknown, where: string): { nonce: Bytes; tag: Bytes } {
  if (!isObject(value)) throw fileError('malformed', `${where} is missing`);
  const nonce = hexField(value.nonce, `${where} nonce`);
  const tag = hexField(value.tag, `${where} tag`);
  if (nonce.length !== GCM_NONCE_BYTES || tag.length !== GCM_TAG_BYTES) {
    throw fileError('malformed', `${where} has the wrong nonce or tag size`);
  }
  return { nonce, tag };
}

function hexField(value: unknown, what: string): Bytes {
  const bytes = typeof value === 'string' ? decodeHex(value) : null;
  if (bytes === null) throw fileError('malformed', `${what} is not hex`);
  return bytes;
}

/** Integers up to 2^30: beyond, n * r * p could lose precision before the bound is checked. */
function positiveInteger(value: unknown): number | undefined {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 2 ** 30
    ? (value as number)
    : undefined;
}
