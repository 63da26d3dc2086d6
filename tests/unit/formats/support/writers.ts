import { scrypt } from 'hash-wasm';

/**
 * Test-side writers of other apps' encrypted exports, built from each format's documentation
 * (Aegis docs/vault.md; 2FAS Android's core/cipher; andOTP's BackupHelper), with Node's own
 * WebCrypto and hash-wasm: never the importers' helpers, so a shared mistake cannot cancel out.
 */

const subtle = globalThis.crypto.subtle;
const utf8 = (text: string) => new TextEncoder().encode(text);
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
export const random = (length: number) => crypto.getRandomValues(new Uint8Array(length));

/** AES-256-GCM, ciphertext and 128-bit tag returned apart. */
async function seal(
  key: Uint8Array<ArrayBuffer>,
  nonce: Uint8Array<ArrayBuffer>,
  plain: Uint8Array<ArrayBuffer>,
) {
  const cryptoKey = await subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt']);
  const sealed = new Uint8Array(
    await subtle.encrypt({ name: 'AES-GCM', iv: nonce }, cryptoKey, plain),
  );
  return { ciphertext: sealed.slice(0, -16), tag: sealed.slice(-16), sealed };
}

async function pbkdf2(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  hash: string,
) {
  const base = await subtle.importKey('raw', utf8(password), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(
    await subtle.deriveBits({ name: 'PBKDF2', hash, salt, iterations }, base, 256),
  );
}

export interface AegisSlotOptions {
  readonly password: string;
  readonly n?: number;
  readonly r?: number;
  readonly p?: number;
}

/** An encrypted Aegis vault: `contents` sealed under a master key wrapped in password slots. */
export async function writeAegisEncrypted(
  contents: unknown,
  slots: readonly AegisSlotOptions[],
  extraSlots: readonly unknown[] = [],
): Promise<string> {
  const masterKey = random(32);
  const wrapped = await Promise.all(
    slots.map(async ({ password, n = 1024, r = 8, p = 1 }) => {
      const salt = random(32);
      const derived = await scrypt({
        password: utf8(password),
        salt,
        costFactor: n,
        blockSize: r,
        parallelism: p,
        hashLength: 32,
        outputType: 'binary',
      });
      const nonce = random(12);
      const { ciphertext, tag } = await seal(new Uint8Array(derived), nonce, masterKey);
      return {
        type: 1,
        uuid: crypto.randomUUID(),
        key: hex(ciphertext),
        key_params: { nonce: hex(nonce), tag: hex(tag) },
        n,
        r,
        p,
        salt: hex(salt),
        repaired: true,
      };
    }),
  );
  const nonce = random(12);
  const { ciphertext, tag } = await seal(masterKey, nonce, utf8(JSON.stringify(contents, null, 4)));
  return JSON.stringify({
    version: 1,
    header: { slots: [...extraSlots, ...wrapped], params: { nonce: hex(nonce), tag: hex(tag) } },
    db: base64(ciphertext),
  });
}

/** A biometric slot: wrapped by a phone keystore key nobody here has. */
export function biometricSlot() {
  return {
    type: 2,
    uuid: crypto.randomUUID(),
    key: hex(random(32)),
    key_params: { nonce: hex(random(12)), tag: hex(random(16)) },
  };
}

const TWOFAS_REFERENCE = 'A text of the test: 2FAS seals a fixed text here to check passwords.';

/** "base64(ciphertext+tag):base64(salt):base64(iv)", as 2FAS's DataEncrypted writes it. */
async function twoFasSeal(key: Uint8Array<ArrayBuffer>, salt: Uint8Array, text: string) {
  const iv = random(12);
  const { sealed } = await seal(key, iv, utf8(text));
  return `${base64(sealed)}:${base64(salt)}:${base64(iv)}`;
}

/** An encrypted 2FAS backup of `services` (the JSON list 2FAS would otherwise write). */
export async function writeTwoFasEncrypted(
  services: unknown,
  password: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const salt = random(256);
  const key = await pbkdf2(password, salt, 10_000, 'SHA-256');
  return JSON.stringify({
    services: [],
    groups: [],
    updatedAt: 1_700_000_000_000,
    schemaVersion: 4,
    appVersionCode: 5000000,
    appVersionName: '5.0.0',
    appOrigin: 'android',
    servicesEncrypted: await twoFasSeal(key, salt, JSON.stringify(services)),
    reference: await twoFasSeal(key, salt, TWOFAS_REFERENCE),
    ...extra,
  });
}

/** andOTP's current `.json.aes`: iterations (u32 BE) + salt (12) + nonce (12) + sealed. */
export async function writeAndOtpEncrypted(
  entries: unknown,
  password: string,
  iterations = 1000,
): Promise<Uint8Array> {
  const salt = random(12);
  const nonce = random(12);
  const key = await pbkdf2(password, salt, iterations, 'SHA-1');
  const { sealed } = await seal(key, nonce, utf8(JSON.stringify(entries)));
  const head = new Uint8Array(4);
  new DataView(head.buffer).setUint32(0, iterations);
  return Uint8Array.from([...head, ...salt, ...nonce, ...sealed]);
}

/** andOTP's old `.json.aes`: nonce (12) + sealed, the key SHA-256 of the password. */
export async function writeAndOtpOldEncrypted(entries: unknown, password: string) {
  const key = new Uint8Array(await subtle.digest('SHA-256', utf8(password)));
  const nonce = random(12);
  const { sealed } = await seal(key, nonce, utf8(JSON.stringify(entries)));
  return Uint8Array.from([...nonce, ...sealed]);
}

/** What a file picker hands over: the bytes and their (lossy) UTF-8 decoding. */
export function binaryFile(name: string, bytes: Uint8Array, password: string | null) {
  return { name, bytes, text: new TextDecoder().decode(bytes), password };
}
