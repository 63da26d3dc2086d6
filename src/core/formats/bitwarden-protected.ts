import { decodeBase64 } from '../crypto/encoding';
import { concatBytes } from '../crypto/bytes';
import { decodeUtf8, encodeUtf8 } from './bytes';
import {
  aesCbcDecrypt,
  argon2id,
  hkdfExpandSha256,
  hmacSha256,
  pbkdf2,
  sameBytes,
  sha256,
} from './crypto';
import { fileError } from './file-errors';
import type { JsonObject } from './json';

/**
 * Bitwarden's password-protected JSON export, as its clients write it (libs/importer's
 * password-protected importer and the key generation service):
 * `{ encrypted: true, passwordProtected: true, salt, kdfType, kdfIterations, kdfMemory?,
 * kdfParallelism?, encKeyValidation_DO_NOT_EDIT, data }`.
 *
 * - Key: PBKDF2-SHA256(password, UTF-8 salt, iterations) for kdfType 0; for kdfType 1,
 *   Argon2id(password, SHA-256(UTF-8 salt), iterations, kdfMemory MiB, kdfParallelism); 32 bytes.
 * - Stretched with HKDF-Expand (SHA-256, no extract step) into an "enc" and a "mac" key.
 * - `encKeyValidation_DO_NOT_EDIT` and `data` are EncStrings "2.iv|ciphertext|mac" (base64):
 *   AES-256-CBC, and HMAC-SHA256 over iv || ciphertext. The first proves the password; the
 *   second is the unencrypted JSON export.
 */

// The bounds Bitwarden's importer accepts (its own settings' maxima): a file may ask for
// more, but running it would freeze the extension for no real export's sake.
const PBKDF2_ITERATIONS = { min: 5000, max: 2_000_000 };
const ARGON2_ITERATIONS = { min: 2, max: 10 };
const ARGON2_MEMORY_MIB = { min: 16, max: 1024 };
const ARGON2_PARALLELISM = { min: 1, max: 16 };

interface Bounds {
  readonly min: number;
  readonly max: number;
}

function bounded(value: unknown, bounds: Bounds, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < bounds.min) {
    throw fileError('malformed', `its ${name} setting is missing or out of range`);
  }
  if (value > bounds.max) {
    throw fileError(
      'too-large',
      `its ${name} asks for a key derivation far costlier than Bitwarden itself allows`,
    );
  }
  return value;
}

interface EncString {
  readonly iv: Uint8Array;
  readonly ciphertext: Uint8Array;
  readonly mac: Uint8Array;
}

function encString(value: unknown, name: string): EncString {
  if (typeof value !== 'string') throw fileError('malformed', `its ${name} is missing`);
  const type = /^(\d+)\./.exec(value)?.[1];
  if (type !== undefined && type !== '2') {
    throw fileError(
      'unsupported-encryption',
      'it uses a cipher this extension does not read; in Bitwarden, export again as unencrypted JSON',
    );
  }
  const parts = /^2\.([^|]*)\|([^|]*)\|([^|]*)$/.exec(value);
  const [iv, ciphertext, mac] = [parts?.[1], parts?.[2], parts?.[3]].map((part) =>
    part === undefined ? null : decodeBase64(part),
  );
  if (!iv || !ciphertext || !mac)
    throw fileError('malformed', `its ${name} is not an encrypted value`);
  if (iv.length !== 16 || mac.length !== 32 || ciphertext.length === 0) {
    throw fileError('truncated', `its ${name} is cut short`);
  }
  if (ciphertext.length % 16 !== 0) {
    throw fileError('truncated', `its ${name} is cut short`);
  }
  return { iv, ciphertext, mac };
}

interface Keys {
  readonly encryption: Uint8Array;
  readonly mac: Uint8Array;
}

async function deriveKeys(password: string, file: JsonObject): Promise<Keys> {
  const salt = file.salt;
  if (typeof salt !== 'string' || salt === '') throw fileError('malformed', 'its salt is missing');
  let key: Uint8Array;
  if (file.kdfType === 0) {
    const iterations = bounded(file.kdfIterations, PBKDF2_ITERATIONS, 'iterations');
    key = await pbkdf2(encodeUtf8(password), encodeUtf8(salt), iterations, 'SHA-256');
  } else if (file.kdfType === 1) {
    const iterations = bounded(file.kdfIterations, ARGON2_ITERATIONS, 'iterations');
    const memory = bounded(file.kdfMemory, ARGON2_MEMORY_MIB, 'memory');
    const parallelism = bounded(file.kdfParallelism, ARGON2_PARALLELISM, 'parallelism');
    const saltHash = await sha256(encodeUtf8(salt));
    key = await argon2id(encodeUtf8(password), saltHash, {
      iterations,
      parallelism,
      memorySize: memory * 1024,
      hashLength: 32,
    });
  } else if (typeof file.kdfType === 'number') {
    throw fileError(
      'unsupported-encryption',
      'it uses a key derivation this extension does not know',
    );
  } else {
    throw fileError('malformed', 'its key derivation is missing');
  }
  const keys = {
    encryption: await hkdfExpandSha256(key, 'enc', 32),
    mac: await hkdfExpandSha256(key, 'mac', 32),
  };
  key.fill(0);
  return keys;
}

/** The plaintext, or null when the MAC does not match these keys. */
async function open(value: EncString, keys: Keys): Promise<Uint8Array | null> {
  const mac = await hmacSha256(keys.mac, concatBytes([value.iv, value.ciphertext]));
  if (!sameBytes(mac, value.mac)) return null;
  return aesCbcDecrypt(keys.encryption, value.iv, value.ciphertext);
}

/** The unencrypted export's JSON text inside a password-protected export. */
export async function decryptPasswordProtected(
  file: JsonObject,
  password: string | null,
): Promise<string> {
  const validation = encString(file.encKeyValidation_DO_NOT_EDIT, 'password check');
  const data = encString(file.data, 'data');
  if (password === null || password === '') {
    throw fileError('password-needed', 'the one chosen when exporting');
  }
  const keys = await deriveKeys(password, file);
  try {
    if ((await open(validation, keys)) === null) {
      throw fileError(
        'wrong-password',
        'it is the password chosen when exporting, not necessarily the master password',
      );
    }
    const plain = await open(data, keys);
    const text = plain === null ? null : decodeUtf8(plain);
    plain?.fill(0);
    if (text === null) {
      throw fileError('truncated', 'its data does not decrypt');
    }
    return text;
  } finally {
    keys.encryption.fill(0);
    keys.mac.fill(0);
  }
}
