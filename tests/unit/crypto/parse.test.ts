import { beforeAll, describe, expect, it } from 'vitest';
import {
  parseEnvelope,
  parseEnvelopeJson,
  type VaultCryptoErrorCode,
  type VaultEnvelope,
} from '../../../src/core/crypto';
import { bytesOf, cheapVault, syncCodeOf } from './cheap-envelope';

// Issue 3: parsing a stored envelope validates every field and gives typed errors.
let good: VaultEnvelope;
beforeAll(async () => {
  good = (await cheapVault(bytesOf('x'), { passphrase: 'pw', raw: true })).envelope;
});

type Edit = (envelope: Record<string, unknown>) => unknown;
const slot = (envelope: Record<string, unknown>, index: number) =>
  (envelope.slots as Record<string, unknown>[])[index] ?? {};
const kdf = (envelope: Record<string, unknown>) => slot(envelope, 0).kdf as Record<string, unknown>;

const cases: [string, Edit, VaultCryptoErrorCode][] = [
  ['null', () => null, 'corrupt-envelope'],
  ['a string', () => 'vault', 'corrupt-envelope'],
  ['an array', (e) => [e], 'corrupt-envelope'],
  ['another format', (e) => ({ ...e, format: 'aegis' }), 'corrupt-envelope'],
  ['no format', ({ format: _, ...rest }) => rest, 'corrupt-envelope'],
  ['version 0', (e) => ({ ...e, version: 0 }), 'corrupt-envelope'],
  ['version "1"', (e) => ({ ...e, version: '1' }), 'corrupt-envelope'],
  ['version 1.5', (e) => ({ ...e, version: 1.5 }), 'corrupt-envelope'],
  ['version 2', (e) => ({ ...e, version: 2 }), 'unsupported-version'],
  [
    'version 2, other shape',
    () => ({ format: 'sonar-authenticator-vault', version: 2 }),
    'unsupported-version',
  ],
  ['an unknown field', (e) => ({ ...e, extra: 1 }), 'corrupt-envelope'],
  [
    'a __proto__ field',
    (e) => JSON.parse(JSON.stringify(e).replace('{', '{"__proto__":{},')) as unknown,
    'corrupt-envelope',
  ],
  ['no ciphertext', ({ ciphertext: _, ...rest }) => rest, 'corrupt-envelope'],
  ['another cipher', (e) => ({ ...e, cipher: 'ChaCha20-Poly1305' }), 'corrupt-envelope'],
  ['slots not a list', (e) => ({ ...e, slots: {} }), 'corrupt-envelope'],
  ['no slots', (e) => ({ ...e, slots: [] }), 'corrupt-envelope'],
  [
    '17 slots',
    (e) => ({ ...e, slots: Array.from({ length: 17 }, () => slot(e, 1)) }),
    'corrupt-envelope',
  ],
  [
    'two passphrase slots',
    (e) => ({ ...e, slots: [slot(e, 0), { ...slot(e, 0), id: 'a'.repeat(32) }] }),
    'corrupt-envelope',
  ],
  ['a null slot', (e) => ({ ...e, slots: [null] }), 'corrupt-envelope'],
  [
    'a slot kind from a newer version',
    (e) => ({ ...e, slots: [{ ...slot(e, 1), kind: 'webauthn' }] }),
    'unsupported-version',
  ],
  [
    'a slot kind that is not text',
    (e) => ({ ...e, slots: [{ ...slot(e, 1), kind: 7 }] }),
    'corrupt-envelope',
  ],
  [
    'a passkey slot without its credential',
    (e) => ({ ...e, slots: [{ ...slot(e, 1), kind: 'passkey' }] }),
    'corrupt-envelope',
  ],
  [
    'a raw slot with kdf',
    (e) => ({ ...e, slots: [{ ...slot(e, 1), kdf: kdf(e) }] }),
    'corrupt-envelope',
  ],
  [
    'an upper-case slot id',
    (e) => ({ ...e, slots: [{ ...slot(e, 1), id: 'A'.repeat(32) }] }),
    'corrupt-envelope',
  ],
  ['a short slot id', (e) => ({ ...e, slots: [{ ...slot(e, 1), id: 'a' }] }), 'corrupt-envelope'],
  ['a short nonce', (e) => ({ ...e, nonce: 'AAAA' }), 'corrupt-envelope'],
  ['a nonce with whitespace', (e) => ({ ...e, nonce: ` ${String(e.nonce)}` }), 'corrupt-envelope'],
  ['a nonce without padding', (e) => ({ ...e, nonce: 'AAAAAAAAAAAAAAA' }), 'corrupt-envelope'],
  ['url-safe base64', (e) => ({ ...e, headerTag: '-_-_-_-_-_-_-_-_-_-_-w==' }), 'corrupt-envelope'],
  [
    'non-zero spare bits',
    (e) => ({ ...e, headerTag: 'AAAAAAAAAAAAAAAAAAAAAB==' }),
    'corrupt-envelope',
  ],
  ['a ciphertext shorter than a tag', (e) => ({ ...e, ciphertext: 'AAAA' }), 'corrupt-envelope'],
  [
    'a wrapped key of 32 bytes',
    (e) => ({ ...e, slots: [{ ...slot(e, 1), wrappedKey: 'A'.repeat(43) + '=' }] }),
    'corrupt-envelope',
  ],
  [
    'a salt of 8 bytes',
    (e) => ({ ...e, slots: [{ ...slot(e, 0), kdf: { ...kdf(e), salt: 'AAAAAAAAAAA=' } }] }),
    'corrupt-envelope',
  ],
  [
    'argon2d',
    (e) => ({ ...e, slots: [{ ...slot(e, 0), kdf: { ...kdf(e), algorithm: 'argon2d' } }] }),
    'corrupt-envelope',
  ],
  [
    'a 64-byte hash',
    (e) => ({ ...e, slots: [{ ...slot(e, 0), kdf: { ...kdf(e), hashLength: 64 } }] }),
    'corrupt-envelope',
  ],
  [
    'memory as text',
    (e) => ({ ...e, slots: [{ ...slot(e, 0), kdf: { ...kdf(e), memoryKiB: '8' } }] }),
    'corrupt-envelope',
  ],
  [
    'm > 1 GiB',
    (e) => ({ ...e, slots: [{ ...slot(e, 0), kdf: { ...kdf(e), memoryKiB: 1_048_577 } }] }),
    'kdf-parameters-out-of-range',
  ],
  [
    't > 100',
    (e) => ({ ...e, slots: [{ ...slot(e, 0), kdf: { ...kdf(e), iterations: 101 } }] }),
    'kdf-parameters-out-of-range',
  ],
  [
    't = 0',
    (e) => ({ ...e, slots: [{ ...slot(e, 0), kdf: { ...kdf(e), iterations: 0 } }] }),
    'kdf-parameters-out-of-range',
  ],
  [
    'p = 64',
    (e) => ({
      ...e,
      slots: [{ ...slot(e, 0), kdf: { ...kdf(e), parallelism: 64, memoryKiB: 1024 } }],
    }),
    'kdf-parameters-out-of-range',
  ],
  [
    'm < 8 p',
    (e) => ({ ...e, slots: [{ ...slot(e, 0), kdf: { ...kdf(e), parallelism: 2, memoryKiB: 8 } }] }),
    'kdf-parameters-out-of-range',
  ],
];

describe('parseEnvelope', () => {
  it('accepts a good envelope and returns an equal copy', () => {
    const parsed = parseEnvelope(JSON.parse(JSON.stringify(good)));
    expect(parsed).toEqual(good);
    expect(parsed).not.toBe(good);
  });

  it.each(cases)('%s -> %s', (_name, edit, code) => {
    const edited = edit(structuredClone(good) as unknown as Record<string, unknown>);
    expect(syncCodeOf(() => parseEnvelope(edited))).toBe(code);
  });

  it('types objects that throw when read', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new RangeError('boom');
        },
      },
    );
    expect(syncCodeOf(() => parseEnvelope(hostile))).toBe('corrupt-envelope');
  });

  it('parses JSON text, with a typed error for text that is not JSON', () => {
    expect(parseEnvelopeJson(JSON.stringify(good))).toEqual(good);
    expect(syncCodeOf(() => parseEnvelopeJson('{"format":'))).toBe('corrupt-envelope');
    expect(syncCodeOf(() => parseEnvelopeJson(''))).toBe('corrupt-envelope');
  });

  it('names the damaged field in the message, never its content', () => {
    const edited = { ...good, nonce: 'secret?' };
    const error = (() => {
      try {
        parseEnvelope(edited);
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error?.message).toBe(
      'The vault data is damaged and cannot be opened (nonce is not base64).',
    );
  });
});
