import { argon2id } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import { encodeHex } from '../../../src/core/crypto/encoding';
import { deriveKeyEncryptionKey, passphraseBytes } from '../../../src/core/crypto/kdf';
import {
  checkKdfParamsBounds,
  checkKdfParamsForCreation,
  DEFAULT_KDF_PARAMS,
  MIN_KDF_PARAMS,
} from '../../../src/core/crypto/kdf-params';
import { bytesOf, syncCodeOf } from './cheap-envelope';

/**
 * Known-answer tests for hash-wasm's Argon2id, from the reference implementation's test
 * suite: P-H-C/phc-winner-argon2, src/test.c, "Test Argon2id version number: 13" (password
 * "password", salt "somesalt", 32-byte output). RFC 9106 section 5.3's Argon2id vector needs
 * a secret AND associated data; hash-wasm exposes no associated-data input, so it cannot run.
 */
const vectors = [
  { t: 2, m: 256, p: 1, hex: '9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe' },
  { t: 2, m: 256, p: 2, hex: '6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037' },
  {
    t: 2,
    m: 65_536,
    p: 1,
    hex: '09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7',
  },
];

describe('Argon2id known answers (phc-winner-argon2 src/test.c)', () => {
  it.each(vectors)('t=$t m=$m p=$p', async ({ t, m, p, hex }) => {
    const direct = await argon2id({
      password: 'password',
      salt: 'somesalt',
      iterations: t,
      memorySize: m,
      parallelism: p,
      hashLength: 32,
      outputType: 'binary',
    });
    expect(encodeHex(direct)).toBe(hex);
    // Our wrapper, including the passphrase normalisation ("password" is already NFKC).
    const key = await deriveKeyEncryptionKey(passphraseBytes('password'), bytesOf('somesalt'), {
      memoryKiB: m,
      iterations: t,
      parallelism: p,
    });
    expect(encodeHex(key)).toBe(hex);
  });
});

describe('passphrase normalisation (NFKC, then UTF-8)', () => {
  it.each([
    ['composed and decomposed é', 'caf\u00e9', 'cafe\u0301'],
    ['full-width letters (IME)', '\uff50\uff41\uff53\uff53', 'pass'],
    ['a ligature', '\ufb01sh', 'fish'],
    ['a non-breaking space', 'a\u00a0b', 'a b'],
  ])('%s give the same bytes', (_name, a, b) => {
    expect(passphraseBytes(a)).toEqual(passphraseBytes(b));
  });

  it('keeps case and spaces, and refuses an empty passphrase', () => {
    expect(passphraseBytes('Pass')).not.toEqual(passphraseBytes('pass'));
    expect(passphraseBytes(' pass ')).toEqual(bytesOf(' pass '));
    expect(syncCodeOf(() => passphraseBytes(''))).toBe('empty-passphrase');
  });
});

describe('parameter rules', () => {
  it('creates at OWASP’s minimum and above, never below', () => {
    expect(() => checkKdfParamsForCreation(MIN_KDF_PARAMS)).not.toThrow();
    expect(() => checkKdfParamsForCreation(DEFAULT_KDF_PARAMS)).not.toThrow();
    expect(MIN_KDF_PARAMS).toEqual({ memoryKiB: 19_456, iterations: 2, parallelism: 1 });
    const weak = { ...MIN_KDF_PARAMS, iterations: 1 };
    expect(syncCodeOf(() => checkKdfParamsForCreation(weak))).toBe('weak-kdf-parameters');
  });

  it('opens anything Argon2 can run within 1 GiB, 100 passes and 16 lanes', () => {
    expect(() =>
      checkKdfParamsBounds({ memoryKiB: 8, iterations: 1, parallelism: 1 }),
    ).not.toThrow();
    const limit = { memoryKiB: 1_048_576, iterations: 100, parallelism: 16 };
    expect(() => checkKdfParamsBounds(limit)).not.toThrow();
    for (const over of [
      { ...limit, memoryKiB: 1_048_577 },
      { ...limit, iterations: 101 },
      { ...limit, parallelism: 17 },
      { memoryKiB: 8, iterations: 1, parallelism: 2 },
      { memoryKiB: 7, iterations: 1, parallelism: 1 },
    ]) {
      expect(syncCodeOf(() => checkKdfParamsBounds(over))).toBe('kdf-parameters-out-of-range');
    }
  });
});
