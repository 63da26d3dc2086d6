import { decodeBase64, decodeUtf8, encodeHex, encodeUtf8, type Bytes } from './bytes';
import { GCM_NONCE_BYTES, GCM_TAG_BYTES, openAesGcm, pbkdf2 } from './crypto';
import { fileError } from './file-errors';
import { parseDecryptedJson } from './json';

/**
 * An encrypted 2FAS backup (2FAS Android, core/cipher and BackupRepositoryImpl): the JSON list
 * of services is AES-256-GCM encrypted under PBKDF2-HMAC-SHA256(password UTF-8, salt, 10,000
 * iterations, 32 bytes), and written as "base64(ciphertext+tag):base64(salt):base64(iv)".
 * `reference` is a fixed text sealed the same way (same salt, its own iv): it opening proves
 * the password, so a failure of the services after it is damage, not a wrong password.
 */

const ITERATIONS = 10_000;

interface Sealed {
  readonly data: Bytes;
  readonly salt: Bytes;
  readonly iv: Bytes;
}

/** The decrypted services (still unchecked JSON). */
export async function decryptTwoFasServices(
  services: string,
  reference: unknown,
  password: string,
): Promise<unknown> {
  const sealedServices = parseSealed(services, 'servicesEncrypted');
  if (reference !== undefined && reference !== null && typeof reference !== 'string') {
    throw fileError('malformed', 'reference is not text');
  }
  const sealedReference = reference ? parseSealed(reference, 'reference') : null;
  const keys = new Map<string, Promise<Bytes>>();
  const keyFor = (salt: Bytes) => {
    const id = encodeHex(salt);
    const key = keys.get(id) ?? pbkdf2(encodeUtf8(password), salt, ITERATIONS, 'SHA-256');
    keys.set(id, key);
    return key;
  };
  if (sealedReference !== null) {
    const { data, salt, iv } = sealedReference;
    if ((await openAesGcm(await keyFor(salt), iv, data)) === null) {
      throw fileError('wrong-password');
    }
  }
  const { data, salt, iv } = sealedServices;
  const plaintext = await openAesGcm(await keyFor(salt), iv, data);
  if (plaintext === null) {
    throw sealedReference === null
      ? fileError('wrong-password')
      : fileError('truncated', 'its encrypted accounts fail their integrity check');
  }
  const text = decodeUtf8(plaintext);
  if (text === null) throw fileError('malformed', 'its decrypted accounts are not text');
  return parseDecryptedJson(text);
}

function parseSealed(value: string, where: string): Sealed {
  const parts = value.split(':');
  if (parts.length !== 3) throw fileError('malformed', `${where} does not have three parts`);
  const [data, salt, iv] = parts.map(decodeBase64);
  if (!data || !salt || !iv) throw fileError('malformed', `${where} is not base64`);
  if (salt.length === 0 || iv.length !== GCM_NONCE_BYTES) {
    throw fileError('malformed', `${where} has the wrong salt or iv size`);
  }
  if (data.length < GCM_TAG_BYTES) throw fileError('truncated', `${where} is cut short`);
  return { data, salt, iv };
}
