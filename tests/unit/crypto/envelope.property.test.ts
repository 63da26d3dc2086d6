import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createVault,
  decryptPayload,
  encryptPayload,
  MIN_KDF_PARAMS,
  parseEnvelope,
  unlockWithPassphrase,
  unlockWithRawKey,
  VaultCryptoError,
  type VaultEnvelope,
} from '../../../src/core/crypto';
import { decodeBase64, encodeBase64 } from '../../../src/core/crypto/encoding';
import { bytesOf, cheapVault, codeOf, expectSameBytes, type TestVault } from './cheap-envelope';

/**
 * Issue 3: fast-check property tests for the vault envelope, at least 10,000 runs each in
 * the normal test run. Argon2id at 64 MiB cannot run 10,000 times, so the 10,000-run
 * properties use the payload layer, raw-key slots and Argon2's cheapest cost (via the
 * test-only builder, cheap-envelope.ts); real parameters at the OWASP minimum get 20 runs.
 */
const runs = 10_000;
const timeout = 120_000; // generous for a shared two-core machine; typically a few seconds
const passphrase = 'property';
let vault: TestVault;

beforeAll(async () => {
  vault = await cheapVault(bytesOf('{"entries":[]}'), { passphrase, raw: true });
});

/** Resolves to true on success, false on a VaultCryptoError; anything else fails the test. */
async function succeeds(attempt: () => unknown): Promise<boolean> {
  try {
    await attempt();
    return true;
  } catch (error) {
    if (!(error instanceof VaultCryptoError)) throw error;
    return false;
  }
}

type Path = (string | number)[];

/** Every path to a value in a JSON tree (containers included), root first. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths = [prefix];
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      paths.push(...pathsOf(child, [...prefix, Array.isArray(value) ? Number(key) : key]));
    }
  }
  return paths;
}

type Mutation =
  | { kind: 'replace'; path: Path; value: unknown }
  | { kind: 'delete'; path: Path }
  | { kind: 'flip'; path: Path; index: number; mask: number }
  /** One bit of a base64 field's bytes: the result still parses, so it reaches the crypto. */
  | { kind: 'flipBit'; path: Path; index: number; bit: number };

function mutate(envelope: unknown, mutation: Mutation): unknown {
  const { path } = mutation;
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.value : envelope;
  const root = structuredClone(envelope) as Record<string | number, unknown>;
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    parent =
      typeof parent === 'object' && parent !== null ? (parent as typeof root)[key] : undefined;
  }
  // An earlier mutation may have removed or replaced this path: then there is nothing to do.
  if (typeof parent !== 'object' || parent === null) return root;
  const key = path.at(-1) ?? '';
  const current = (parent as typeof root)[key];
  if (mutation.kind === 'replace') (parent as typeof root)[key] = mutation.value;
  else if (mutation.kind === 'flipBit') {
    const bytes = typeof current === 'string' ? decodeBase64(current) : null;
    if (bytes === null || bytes.length === 0) return root;
    const index = mutation.index % bytes.length;
    bytes[index] = (bytes[index] ?? 0) ^ (1 << mutation.bit);
    (parent as typeof root)[key] = encodeBase64(bytes);
  } else if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else Reflect.deleteProperty(parent, key);
  } else if (typeof current === 'string' && current.length > 0) {
    const index = mutation.index % current.length;
    const flipped = String.fromCharCode(current.charCodeAt(index) ^ mutation.mask);
    (parent as typeof root)[key] = current.slice(0, index) + flipped + current.slice(index + 1);
  } else if (typeof current === 'number') (parent as typeof root)[key] = current + mutation.mask;
  return root;
}

describe('vault envelope properties', () => {
  it(
    'round-trips any payload of 0-4 KB through encryptPayload / decryptPayload',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 4096, size: 'max' }), async (payload) => {
          const envelope = await encryptPayload(vault.envelope, vault.vaultKey, payload);
          expect(envelope.slots).toEqual(vault.envelope.slots);
          expectSameBytes(await decryptPayload(envelope, vault.vaultKey), payload);
        }),
        { numRuns: runs },
      );
    },
    timeout,
  );

  it(
    'never throws untyped on arbitrary JSON values',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue(), async (value) => {
          const envelope = value as unknown as VaultEnvelope;
          expect(await succeeds(() => parseEnvelope(value))).toBe(false);
          expect(await succeeds(() => unlockWithRawKey(envelope, vault.rawKey))).toBe(false);
          expect(await succeeds(() => unlockWithPassphrase(envelope, passphrase))).toBe(false);
          expect(await succeeds(() => decryptPayload(envelope, vault.vaultKey))).toBe(false);
        }),
        { numRuns: runs },
      );
    },
    timeout,
  );

  // The passphrase path costs ~2 ms per attempt even at Argon2's cheapest cost (hash-wasm sets
  // up its WASM instance per call): tamper.test.ts covers it byte by byte instead.
  it(
    'refuses every changed envelope with a typed error, and opens the unchanged one',
    async () => {
      const paths = pathsOf(vault.envelope);
      const valueAt = (path: Path) =>
        path.reduce<unknown>(
          (value, key) => (value as Record<string | number, unknown>)[key],
          vault.envelope,
        );
      const base64Paths = paths.filter((path) => {
        const value = valueAt(path);
        return typeof value === 'string' && decodeBase64(value) !== null && path.at(-1) !== 'id';
      });
      const numberPaths = paths.filter((path) => typeof valueAt(path) === 'number');
      const stringish = fc.oneof(
        fc.string(),
        fc.base64String(),
        fc.constantFrom('', 'AAAA', 'raw'),
      );
      const mutation: fc.Arbitrary<Mutation> = fc.oneof(
        {
          weight: 4,
          arbitrary: fc.record({
            kind: fc.constant('flipBit' as const),
            path: fc.constantFrom(...base64Paths),
            index: fc.nat(),
            bit: fc.integer({ min: 0, max: 7 }),
          }),
        },
        fc.record({
          kind: fc.constant('replace' as const),
          path: fc.constantFrom(...numberPaths),
          value: fc.integer({ min: 0, max: 100 }),
        }),
        fc.record({
          kind: fc.constant('replace' as const),
          path: fc.constantFrom(...paths),
          value: fc.oneof(fc.jsonValue(), stringish, fc.integer()),
        }),
        fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...paths) }),
        fc.record({
          kind: fc.constant('flip' as const),
          path: fc.constantFrom(...paths),
          index: fc.nat(),
          mask: fc.integer({ min: 1, max: 0xffff }),
        }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
          const changed = mutations.reduce<unknown>(mutate, vault.envelope);
          const envelope = changed as VaultEnvelope;
          const unchanged = isDeepStrictEqual(changed, vault.envelope);
          const opened = [
            await succeeds(async () => decryptPayload(envelope, vault.vaultKey)),
            await succeeds(async () =>
              decryptPayload(envelope, await unlockWithRawKey(envelope, vault.rawKey)),
            ),
          ];
          expect(opened).toEqual([unchanged, unchanged]);
        }),
        { numRuns: runs },
      );
    },
    timeout,
  );
});

describe('with real Argon2id at the OWASP minimum (m=19 MiB t=2 p=1)', () => {
  it(
    'any passphrase and payload round-trip, and a different passphrase fails',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
          fc.uint8Array({ maxLength: 512 }),
          async (secret, payload) => {
            const { envelope, vaultKey } = await createVault(payload, {
              passphrase: secret,
              kdfParams: MIN_KDF_PARAMS,
            });
            const unlocked = await unlockWithPassphrase(envelope, secret);
            expect(unlocked).toEqual(vaultKey);
            expectSameBytes(await decryptPayload(envelope, unlocked), payload);
            expect(await codeOf(unlockWithPassphrase(envelope, `${secret}!`))).toBe(
              'wrong-passphrase',
            );
          },
        ),
        { numRuns: 20 },
      );
    },
    timeout,
  );
});
