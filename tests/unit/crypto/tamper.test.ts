import { beforeAll, describe, expect, it } from 'vitest';
import {
  decryptPayload,
  encryptPayload,
  parseEnvelopeJson,
  unlockWithPassphrase,
  unlockWithRawKey,
  VaultCryptoError,
  type VaultEnvelope,
} from '../../../src/core/crypto';
import { decodeBase64, encodeBase64 } from '../../../src/core/crypto/encoding';
import { bytesOf, cheapVault, codeOf, type TestVault } from './cheap-envelope';

/**
 * Issue 3: "any flipped byte: decryption fails". A small envelope with both slot kinds (the
 * passphrase slot uses Argon2's cheapest cost, see cheap-envelope.ts) is changed in every
 * byte of every field and in every character of its JSON text; each changed copy must be
 * refused by every way in (passphrase, raw key, and the vault key itself), with a typed error.
 */

const passphrase = 'tamper-test';
let vault: TestVault;

beforeAll(async () => {
  vault = await cheapVault(bytesOf('payload!'), { passphrase, raw: true });
});

/**
 * Every way in fails with a VaultCryptoError: the vault key, the raw key and the passphrase,
 * each followed by decryption as the vault service does (an unlock checks the slot and the
 * header seal; the payload's own tag is checked when it is decrypted). Returns the codes.
 */
async function refusedEverywhere(value: unknown): Promise<Set<string>> {
  const envelope = value as VaultEnvelope;
  const attempts: (() => Promise<unknown>)[] = [
    async () => decryptPayload(envelope, vault.vaultKey),
    async () => decryptPayload(envelope, await unlockWithRawKey(envelope, vault.rawKey)),
    async () => decryptPayload(envelope, await unlockWithPassphrase(envelope, passphrase)),
  ];
  const codes = new Set<string>();
  for (const attempt of attempts) codes.add(await codeOf(attempt()));
  return codes;
}

type Path = readonly (string | number)[];

function withValue(envelope: VaultEnvelope, path: Path, value: unknown): unknown {
  const copy = structuredClone(envelope) as unknown as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as typeof target;
  target[path.at(-1) ?? ''] = value;
  return copy;
}

function valueAt(envelope: VaultEnvelope, path: Path): unknown {
  return path.reduce<unknown>(
    (value, key) => (value as Record<string | number, unknown>)[key],
    envelope,
  );
}

const byteFields: Path[] = [
  ['slots', 0, 'kdf', 'salt'],
  ['slots', 0, 'nonce'],
  ['slots', 0, 'wrappedKey'],
  ['slots', 1, 'nonce'],
  ['slots', 1, 'wrappedKey'],
  ['headerNonce'],
  ['headerTag'],
  ['nonce'],
  ['ciphertext'],
];

describe('every flipped byte is refused', () => {
  it.each(byteFields.map((path) => [path.join('.'), path] as const))(
    'in %s',
    async (_name, path) => {
      const original = decodeBase64(valueAt(vault.envelope, path) as string);
      expect(original).not.toBeNull();
      for (let index = 0; index < (original?.length ?? 0); index++) {
        for (const mask of [0x01, 0x80]) {
          const bytes = Uint8Array.from(original ?? []);
          bytes[index] = (bytes[index] ?? 0) ^ mask;
          await refusedEverywhere(withValue(vault.envelope, path, encodeBase64(bytes)));
        }
      }
    },
  );

  it.each([
    [['version'], 0],
    [['version'], 2],
    [['format'], 'sonar-authenticator-vaulT'],
    [['cipher'], 'AES-128-GCM'],
    [['slots', 0, 'kind'], 'raw'],
    [['slots', 1, 'kind'], 'passphrase'],
    [['slots', 0, 'kdf', 'algorithm'], 'argon2i'],
    [['slots', 0, 'kdf', 'version'], 16],
    [['slots', 0, 'kdf', 'hashLength'], 16],
    [['slots', 0, 'kdf', 'memoryKiB'], 9],
    [['slots', 0, 'kdf', 'iterations'], 2],
    [['slots', 0, 'kdf', 'parallelism'], 2],
    [['slots', 0, 'kdf', 'memoryKiB'], 2 ** 31],
    [['slots', 0, 'kdf', 'iterations'], 1000],
  ] as const)('with %j set to %j', async (path, value) => {
    await refusedEverywhere(withValue(vault.envelope, path, value));
  });

  it('in every hex digit of every slot id', async () => {
    for (const slot of [0, 1]) {
      const id = vault.envelope.slots[slot]?.id ?? '';
      for (let index = 0; index < id.length; index++) {
        const digit = id[index] === '0' ? '1' : '0';
        const changed = id.slice(0, index) + digit + id.slice(index + 1);
        await refusedEverywhere(withValue(vault.envelope, ['slots', slot, 'id'], changed));
      }
    }
  });

  it('in every character of the stored JSON text', async () => {
    const text = JSON.stringify(vault.envelope);
    let parsed = 0;
    for (let index = 0; index < text.length; index++) {
      const changed =
        text.slice(0, index) +
        String.fromCharCode(text.charCodeAt(index) ^ 1) +
        text.slice(index + 1);
      let value: unknown;
      try {
        value = parseEnvelopeJson(changed);
      } catch (error) {
        expect(error).toBeInstanceOf(VaultCryptoError);
        continue;
      }
      parsed++;
      await refusedEverywhere(value);
    }
    // Most changes land in base64 text that still parses: those reach the cryptography.
    expect(parsed).toBeGreaterThan(text.length / 3);
  });
});

describe('structural tampering is refused', () => {
  it('reordered, dropped or duplicated slots', async () => {
    const [first, second] = vault.envelope.slots;
    for (const slots of [[second, first], [first], [second], [first, second, second]]) {
      await refusedEverywhere({ ...vault.envelope, slots });
    }
  });

  it('a slot copied from another vault', async () => {
    const other = await cheapVault(bytesOf('other'), { raw: true });
    const slots = [vault.envelope.slots[0], other.envelope.slots[0]];
    await refusedEverywhere({ ...vault.envelope, slots });
    expect(
      await codeOf(unlockWithRawKey({ ...vault.envelope, slots } as VaultEnvelope, other.rawKey)),
    ).toBe('tampered');
  });

  it('an older payload swapped back in (rollback of the payload alone)', async () => {
    const newer = await encryptPayload(vault.envelope, vault.vaultKey, bytesOf('newer'));
    const rolledBack = {
      ...newer,
      nonce: vault.envelope.nonce,
      ciphertext: vault.envelope.ciphertext,
    };
    await refusedEverywhere(rolledBack);
  });

  it('reports a changed payload as tampered and a changed slot as a wrong passphrase', async () => {
    const bytes = decodeBase64(vault.envelope.ciphertext) ?? new Uint8Array(0);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    const payloadChanged = { ...vault.envelope, ciphertext: encodeBase64(bytes) };
    expect(await codeOf(decryptPayload(payloadChanged, vault.vaultKey))).toBe('tampered');

    const salt = withValue(
      vault.envelope,
      ['slots', 0, 'kdf', 'salt'],
      encodeBase64(new Uint8Array(16)),
    );
    expect(await codeOf(unlockWithPassphrase(salt as VaultEnvelope, passphrase))).toBe(
      'wrong-passphrase',
    );
    expect(await codeOf(unlockWithRawKey(salt as VaultEnvelope, vault.rawKey))).toBe('tampered');
    expect(await codeOf(decryptPayload(salt as VaultEnvelope, vault.vaultKey))).toBe('wrong-key');
  });
});
