import { decodeBase64, encodeBase64, encodeHex } from '../crypto/encoding';
import { encodeUtf8 } from './bytes';
import { argon2id, sameBytes } from './crypto';
import { decryptCryptoJsAesBytes } from './cryptojs-aes';
import { fileError } from './file-errors';
import { isObject, type JsonObject } from './json';

/**
 * The passphrases behind the Authenticator extension's encrypted backups, as its import page
 * unlocks them (src/import.ts, decryptBackupData and findAndUnlockKey; src/argon.ts):
 *
 * - v1: `encrypted: true` entries are CryptoJS AES under the user's password itself.
 * - v2: a `key: { enc, hash }` record: the entries' passphrase is the lowercase hex of the
 *   bytes `enc` decrypts to (CryptoJS AES under the password; WordArray.toString() is hex).
 * - v3: `dataType: "Key"` records `{ id, salt, hash }`; `EncOTPStorage` entries name one by
 *   `keyId`. Passphrase: Argon2id(password, UTF-8 salt, t=2, m=19 MiB, p=1, 32 bytes), written
 *   as in the PHC string (base64, no padding). `hash` is a PHC Argon2id string of that
 *   passphrase: it tells a wrong password.
 */

const V3_COST = { iterations: 2, memorySize: 19 * 1024, parallelism: 1, hashLength: 32 };
// Key records are the file's to choose: bounds keep a hostile file from freezing the worker.
const MAX_VERIFY_MEMORY_KIB = 256 * 1024;
const MAX_VERIFY_ITERATIONS = 16;
const MAX_VERIFY_PARALLELISM = 16;

/** v2's entry passphrase from the `key` record, or null when the password does not open it. */
export async function unlockOldKey(key: JsonObject, password: string): Promise<string | null> {
  if (typeof key.enc !== 'string') throw fileError('malformed', 'its key record is damaged');
  const bytes = await decryptCryptoJsAesBytes(key.enc, password);
  if (bytes === null || bytes.length === 0) return null;
  const passphrase = encodeHex(bytes);
  bytes.fill(0);
  return passphrase;
}

const unpadded = (text: string) => decodeBase64(text.padEnd(Math.ceil(text.length / 4) * 4, '='));

interface Phc {
  readonly salt: Uint8Array;
  readonly hash: Uint8Array;
  readonly cost: typeof V3_COST;
}

/** `$argon2id$v=19$m=M,t=T,p=P$salt$hash`, as argon2 implementations encode their output. */
function parsePhc(text: unknown): Phc {
  const damaged = () => fileError('malformed', 'its key record is damaged');
  if (typeof text !== 'string') throw damaged();
  const parts =
    /^\$argon2id\$v=19\$m=(\d{1,10}),t=(\d{1,4}),p=(\d{1,3})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(
      text,
    );
  const [memory, iterations, parallelism] = [parts?.[1], parts?.[2], parts?.[3]].map(Number);
  const salt = parts?.[4] === undefined ? null : unpadded(parts[4]);
  const hash = parts?.[5] === undefined ? null : unpadded(parts[5]);
  if (!salt || !hash || memory === undefined || iterations === undefined || !parallelism) {
    throw damaged();
  }
  if (salt.length < 8 || hash.length < 4 || hash.length > 64 || iterations < 1) throw damaged();
  if (memory < 8 * parallelism) throw damaged();
  if (
    memory > MAX_VERIFY_MEMORY_KIB ||
    iterations > MAX_VERIFY_ITERATIONS ||
    parallelism > MAX_VERIFY_PARALLELISM
  ) {
    throw fileError(
      'too-large',
      'it asks for a password check far costlier than the Authenticator extension itself uses',
    );
  }
  return {
    salt,
    hash,
    cost: { iterations, memorySize: memory, parallelism, hashLength: hash.length },
  };
}

/** v3's entry passphrase for one key record, or null when the password is wrong. */
export async function unlockKey(record: unknown, password: string): Promise<string | null> {
  if (!isObject(record) || typeof record.salt !== 'string' || record.salt === '') {
    throw fileError('malformed', 'its key record is damaged');
  }
  const check = parsePhc(record.hash);
  const derived = await argon2id(encodeUtf8(password), encodeUtf8(record.salt), V3_COST);
  const passphrase = encodeBase64(derived).replace(/=+$/, '');
  derived.fill(0);
  const proof = await argon2id(encodeUtf8(passphrase), check.salt, check.cost);
  const correct = sameBytes(proof, check.hash);
  proof.fill(0);
  return correct ? passphrase : null;
}
