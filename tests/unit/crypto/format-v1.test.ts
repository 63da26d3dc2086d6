import { argon2id } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import {
  decryptPayload,
  parseEnvelope,
  unlockWithPassphrase,
  unlockWithRawKey,
  type VaultEnvelope,
} from '../../../src/core/crypto';

/**
 * A frozen version-1 envelope. Vaults written today must open in every later release
 * (docs/vault-format.md, "Version policy"), so this fixture never changes: if a change to
 * crypto/ breaks it, that change needs a new format version and a migration instead.
 * Its passphrase slot uses Argon2's cheapest cost (written by the test-only builder).
 */
const fixture = {
  format: 'sonar-authenticator-vault',
  version: 1,
  cipher: 'AES-256-GCM',
  slots: [
    {
      id: '355b00f73f61ba144de60e2e0221b1d5',
      kind: 'passphrase',
      kdf: {
        algorithm: 'argon2id',
        version: 19,
        salt: 'OXIEe05Z7YuEj5hF+hly2w==',
        memoryKiB: 8,
        iterations: 1,
        parallelism: 1,
        hashLength: 32,
      },
      nonce: 'LgqRK9+8a+pjDnWI',
      wrappedKey: 'qqGtaczRayelYg8+qNoJtSWk7WlzcVXIF5nyZ5t0KfaWaNqikcIZXAYjOblSf4P1',
    },
    {
      id: '79b8f07f935d7bb783742e0bd0222ca6',
      kind: 'raw',
      nonce: 'IwT2jerdyIDOp5LR',
      wrappedKey: '86ut3gjP0v2bQZNc19yatZ/+le2Aim7VzA7oY80/hGFiK0o0pLu29O3JfYwY0pWs',
    },
  ],
  headerNonce: 'ZKMdPIPhaW1mDZwb',
  headerTag: '/s5A+8zu8algKQ7YgdKoAg==',
  nonce: '137vmseT8GerT71o',
  ciphertext: 'DuOZQnlc1jN9E4Z0tWJ0XZ4VZfK1mVbGYtlkmZlPTrTcQjxcdQWdkuWSV7b1gYW+',
} as const satisfies VaultEnvelope;

const passphrase = 'Fixture passphrase \u00e9';
const vaultKey = new Uint8Array(
  Buffer.from('CjmZMc8v20lAWKSxD5d8qhVr714LwUfaNSBAFsehnIQ=', 'base64'),
);
const rawKey = new Uint8Array(
  Buffer.from('7lu/k0gUf5s+7TqbC61nEZsAHFZlHldxn+Q3Ja+v8+o=', 'base64'),
);
const payload = '{"schemaVersion":1,"entries":[]}';

describe('format version 1 (frozen fixture)', () => {
  it('parses and opens with the passphrase, in either Unicode form, and with the raw key', async () => {
    expect(parseEnvelope(fixture)).toEqual(fixture);
    expect(await unlockWithPassphrase(fixture, passphrase)).toEqual(vaultKey);
    const decomposed = 'Fixture passphrase e\u0301';
    expect(await unlockWithPassphrase(fixture, decomposed)).toEqual(vaultKey);
    expect(await unlockWithRawKey(fixture, rawKey)).toEqual(vaultKey);
    const bytes = await decryptPayload(fixture, vaultKey);
    expect(new TextDecoder().decode(bytes)).toBe(payload);
  });
});

/**
 * The associated data exactly as docs/vault-format.md describes it, rebuilt here without
 * crypto/'s own code and checked with plain WebCrypto, so the document and the code agree.
 */
describe('the documented associated data', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const u32 = (value: number) => Uint8Array.of(value >>> 24, value >>> 16, value >>> 8, value);
  const b64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
  /** Each field: 4-byte big-endian length, then the bytes (strings UTF-8, numbers u32). */
  const fields = (...items: (string | number | Uint8Array)[]) =>
    new Uint8Array(
      Buffer.concat(
        items.map((item) => {
          const bytes =
            typeof item === 'string' ? utf8(item) : typeof item === 'number' ? u32(item) : item;
          return Buffer.concat([u32(bytes.length), bytes]);
        }),
      ),
    );
  const [passphraseSlot, rawSlot] = fixture.slots;
  const { kdf } = passphraseSlot;
  const describePassphraseSlot = [
    'slot',
    passphraseSlot.id,
    'passphrase',
    'argon2id',
    19,
    b64(kdf.salt),
    kdf.memoryKiB,
    kdf.iterations,
    kdf.parallelism,
    32,
  ] as const;
  const describeRawSlot = ['slot', rawSlot.id, 'raw'] as const;

  type Bytes = Uint8Array<ArrayBuffer>;
  async function open(key: Bytes, nonce: string, sealed: Bytes, data: Bytes) {
    const cryptoKey = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['decrypt']);
    const params = { name: 'AES-GCM', iv: b64(nonce), additionalData: data };
    return new Uint8Array(await crypto.subtle.decrypt(params, cryptoKey, sealed));
  }

  it('payload: format, version, "payload", cipher', async () => {
    const data = fields('sonar-authenticator-vault', 1, 'payload', 'AES-256-GCM');
    const plain = await open(vaultKey, fixture.nonce, b64(fixture.ciphertext), data);
    expect(new TextDecoder().decode(plain)).toBe(payload);
  });

  it('raw slot: format, version, then the slot description', async () => {
    const data = fields('sonar-authenticator-vault', 1, ...describeRawSlot);
    const key = await open(rawKey, rawSlot.nonce, b64(rawSlot.wrappedKey), data);
    expect(key).toEqual(vaultKey);
  });

  it('passphrase slot: Argon2id(NFKC passphrase as UTF-8, salt) is the KEK', async () => {
    const kek = await argon2id({
      password: utf8(passphrase.normalize('NFKC')),
      salt: b64(kdf.salt),
      memorySize: kdf.memoryKiB,
      iterations: kdf.iterations,
      parallelism: kdf.parallelism,
      hashLength: 32,
      outputType: 'binary',
    });
    const data = fields('sonar-authenticator-vault', 1, ...describePassphraseSlot);
    const wrapped = b64(passphraseSlot.wrappedKey);
    const key = await open(new Uint8Array(kek), passphraseSlot.nonce, wrapped, data);
    expect(key).toEqual(vaultKey);
  });

  it('header seal: every slot with its nonce and wrapped key, then the payload nonce', async () => {
    const data = fields(
      'sonar-authenticator-vault',
      1,
      'header',
      'AES-256-GCM',
      2,
      fields(...describePassphraseSlot, b64(passphraseSlot.nonce), b64(passphraseSlot.wrappedKey)),
      fields(...describeRawSlot, b64(rawSlot.nonce), b64(rawSlot.wrappedKey)),
      b64(fixture.nonce),
    );
    const empty = await open(vaultKey, fixture.headerNonce, b64(fixture.headerTag), data);
    expect(empty).toHaveLength(0);
  });
});
