import { decodeUtf8, encodeUtf8, type Bytes } from './bytes';
import { GCM_NONCE_BYTES, GCM_TAG_BYTES, openAesGcm, pbkdf2, sha256 } from './crypto';
import { fileError } from './file-errors';
import { parseDecryptedJson } from './json';

/**
 * An encrypted andOTP backup, `.json.aes` (andOTP, Utilities/BackupHelper.java,
 * EncryptionHelper.java, Tasks/EncryptedRestoreTask.java). Two layouts, both AES-256-GCM with
 * the tag appended:
 * - current: iterations (4 bytes, big-endian) + salt (12) + nonce (12) + ciphertext, the key
 *   PBKDF2-HMAC-SHA1(password UTF-8, salt, iterations, 32 bytes); andOTP picks 140,000 to
 *   160,000 iterations;
 * - old: nonce (12) + ciphertext, the key SHA-256(password UTF-8).
 * Nothing in the file says which: both are tried (the old one first, it is cheap), and GCM's
 * tag tells which one opened, so the choice is never a guess.
 */

const ITERATIONS_BYTES = 4;
const SALT_BYTES = 12;
/** Far above andOTP's 160,000; a crafted file cannot ask for more work than this. */
export const MAX_ANDOTP_ITERATIONS = 1_000_000;
export const MIN_ANDOTP_BYTES = GCM_NONCE_BYTES + GCM_TAG_BYTES;

/** The decrypted entries (still unchecked JSON). */
export async function decryptAndOtp(file: Bytes, password: string): Promise<unknown> {
  if (file.length < MIN_ANDOTP_BYTES) throw fileError('truncated', 'it is too short');
  const secret = encodeUtf8(password);
  const plaintext = (await openOld(file, secret)) ?? (await openCurrent(file, secret));
  // A damaged file and a wrong password look the same to GCM: the password is the likelier.
  if (plaintext === null) throw fileError('wrong-password', 'or the file is damaged');
  const text = decodeUtf8(plaintext);
  if (text === null) throw fileError('malformed', 'its decrypted contents are not text');
  return parseDecryptedJson(text);
}

async function openOld(file: Bytes, password: Bytes): Promise<Bytes | null> {
  const key = await sha256(password);
  return openAesGcm(key, file.slice(0, GCM_NONCE_BYTES), file.slice(GCM_NONCE_BYTES));
}

async function openCurrent(file: Bytes, password: Bytes): Promise<Bytes | null> {
  const header = ITERATIONS_BYTES + SALT_BYTES;
  if (file.length < header + MIN_ANDOTP_BYTES) return null;
  const iterations = new DataView(file.buffer, file.byteOffset).getUint32(0);
  if (iterations < 1 || iterations > MAX_ANDOTP_ITERATIONS) return null;
  const key = await pbkdf2(password, file.slice(ITERATIONS_BYTES, header), iterations, 'SHA-1');
  return openAesGcm(
    key,
    file.slice(header, header + GCM_NONCE_BYTES),
    file.slice(header + GCM_NONCE_BYTES),
  );
}
