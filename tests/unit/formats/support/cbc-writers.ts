import { createCipheriv, createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { argon2id } from 'hash-wasm';

/**
 * Test-side writers that encrypt the way each format's public source describes, built on
 * Node's crypto (not on the code under test), so a reader that agrees with them agrees with
 * the format.
 */

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

// --- Bitwarden: password-protected JSON export -------------------------------------------

export type BitwardenKdf =
  | { readonly kdfType: 0; readonly kdfIterations: number }
  | {
      readonly kdfType: 1;
      readonly kdfIterations: number;
      readonly kdfMemory: number;
      readonly kdfParallelism: number;
    };

function hkdfExpand(prk: Uint8Array, info: string): Buffer {
  return createHmac('sha256', prk)
    .update(Buffer.concat([Buffer.from(info), Buffer.from([1])]))
    .digest();
}

function encString(plain: string, encKey: Uint8Array, macKey: Uint8Array): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', encKey, iv);
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const mac = createHmac('sha256', macKey)
    .update(Buffer.concat([iv, ciphertext]))
    .digest();
  return `2.${b64(iv)}|${b64(ciphertext)}|${b64(mac)}`;
}

export async function bitwardenProtected(
  plainExport: unknown,
  password: string,
  kdf: BitwardenKdf = { kdfType: 0, kdfIterations: 5000 },
): Promise<string> {
  const salt = randomBytes(16).toString('base64');
  const key =
    kdf.kdfType === 0
      ? pbkdf2Sync(password, salt, kdf.kdfIterations, 32, 'sha256')
      : await argon2id({
          password,
          salt: createHash('sha256').update(salt).digest(),
          iterations: kdf.kdfIterations,
          memorySize: kdf.kdfMemory * 1024,
          parallelism: kdf.kdfParallelism,
          hashLength: 32,
          outputType: 'binary',
        });
  const encKey = hkdfExpand(key, 'enc');
  const macKey = hkdfExpand(key, 'mac');
  return JSON.stringify(
    {
      encrypted: true,
      passwordProtected: true,
      salt,
      ...kdf,
      encKeyValidation_DO_NOT_EDIT: encString(crypto.randomUUID(), encKey, macKey),
      data: encString(JSON.stringify(plainExport), encKey, macKey),
    },
    null,
    2,
  );
}

// --- CryptoJS AES.encrypt(text, passphrase) (the Authenticator extension's old backups) ----

export function cryptoJsAes(text: string, passphrase: string): string {
  const salt = randomBytes(8);
  const password = Buffer.from(passphrase, 'utf8');
  let material = Buffer.alloc(0);
  let block = Buffer.alloc(0);
  while (material.length < 48) {
    block = createHash('md5')
      .update(Buffer.concat([block, password, salt]))
      .digest();
    material = Buffer.concat([material, block]);
  }
  const cipher = createCipheriv('aes-256-cbc', material.subarray(0, 32), material.subarray(32, 48));
  const ciphertext = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return b64(Buffer.concat([Buffer.from('Salted__'), salt, ciphertext]));
}

// --- The Authenticator extension's key records (v2 and v3 encryption) -------------------

/** v2: `key.enc` hides an inner key; entries use the hex of its UTF-8 bytes as passphrase. */
export function extensionOldKey(innerKey: string, password: string) {
  return {
    key: { enc: cryptoJsAes(innerKey, password), hash: 'not used by the import' },
    passphrase: Buffer.from(innerKey, 'utf8').toString('hex'),
  };
}

/**
 * v3: the passphrase is the hash field of Argon2id(password, salt)'s PHC string (t=2,
 * m=19 MiB, p=1, 32 bytes); the key record holds a PHC hash of that passphrase.
 */
export async function extensionKey(password: string, salt = 'c2FsdHNhbHRzYWx0') {
  const cost = { iterations: 2, memorySize: 19 * 1024, parallelism: 1, hashLength: 32 } as const;
  const encoded = await argon2id({ password, salt, ...cost, outputType: 'encoded' });
  const passphrase = encoded.split('$')[5] ?? '';
  const hash = await argon2id({
    password: passphrase,
    salt: randomBytes(16),
    ...cost,
    outputType: 'encoded',
  });
  const id = crypto.randomUUID();
  return { id, passphrase, record: { dataType: 'Key', id, salt, hash, version: 3 } };
}
