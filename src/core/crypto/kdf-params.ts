import { VaultCryptoError } from './errors';

/**
 * Argon2id cost parameters and the two different rules applied to them (DESIGN 4.1):
 *
 * - CREATING a slot (createVault, changePassphrase) must meet OWASP's minimum for Argon2id,
 *   m=19 MiB t=2 p=1 ("Password Storage Cheat Sheet"), or it is refused as weak.
 * - OPENING a slot runs whatever the slot says, within bounds that keep a crafted file from
 *   asking for gigabytes of memory or minutes of work (a denial of service).
 *
 * The gap between the two is deliberate: a vault written with older, weaker defaults still
 * opens (and `needsKdfUpgrade` says it should be rewrapped), and tests can build cheap slots
 * through the internal slot builder without production code being able to create one.
 */
export interface KdfParams {
  /** Memory in KiB (1024 bytes), as Argon2 counts it. */
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
}

/**
 * m=64 MiB t=3 p=1: an unlock took 285-445 ms in Node here (bench/crypto.bench.ts) and
 * ~480-660 ms in the service worker (DESIGN 3), once per session or auto-lock; the reasons
 * for keeping it are in docs/vault-format.md. p=1: hash-wasm is single-threaded, so more lanes
 * would not speed up our unlock, only an attacker's parallel guessing.
 */
export const DEFAULT_KDF_PARAMS: KdfParams = { memoryKiB: 65_536, iterations: 3, parallelism: 1 };

/** OWASP's Argon2id minimum: the floor for every slot we create. */
export const MIN_KDF_PARAMS: KdfParams = { memoryKiB: 19_456, iterations: 2, parallelism: 1 };

/** What a stored slot may ask for. Argon2 itself needs at least 8 KiB per lane. */
export const KDF_PARAMS_BOUNDS = {
  memoryKiB: { min: 8, max: 1_048_576 }, // 1 GiB
  iterations: { min: 1, max: 100 },
  parallelism: { min: 1, max: 16 },
} as const;

export const KDF_HASH_BYTES = 32; // an AES-256 key-encryption key
export const KDF_SALT_BYTES = 16; // written; 16 to 64 are read
export const KDF_SALT_BYTES_MAX = 64;

/** Throws 'kdf-parameters-out-of-range' unless Argon2 can run `cost` at a sane price. */
export function checkKdfParamsBounds(cost: KdfParams): void {
  for (const name of ['memoryKiB', 'iterations', 'parallelism'] as const) {
    const value = cost[name];
    const { min, max } = KDF_PARAMS_BOUNDS[name];
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw new VaultCryptoError('kdf-parameters-out-of-range', `${name} must be ${min}-${max}`);
    }
  }
  if (cost.memoryKiB < 8 * cost.parallelism) {
    throw new VaultCryptoError('kdf-parameters-out-of-range', 'memoryKiB below 8 per lane');
  }
}

/** The rule for every slot we create: in bounds, and never below OWASP's minimum. */
export function checkKdfParamsForCreation(cost: KdfParams): void {
  checkKdfParamsBounds(cost);
  if (cost.memoryKiB < MIN_KDF_PARAMS.memoryKiB || cost.iterations < MIN_KDF_PARAMS.iterations) {
    throw new VaultCryptoError(
      'weak-kdf-parameters',
      `at least ${MIN_KDF_PARAMS.memoryKiB} KiB and ${MIN_KDF_PARAMS.iterations} iterations`,
    );
  }
}

/** True when a slot is cheaper than today's defaults and should be rewrapped at next unlock. */
export function isBelowDefaultParams(cost: KdfParams): boolean {
  return (
    cost.memoryKiB < DEFAULT_KDF_PARAMS.memoryKiB || cost.iterations < DEFAULT_KDF_PARAMS.iterations
  );
}

/**
 * Whether `envelope`'s passphrase slot costs no more to try than `reference`'s slot or
 * today's defaults, whichever is more: a slot that arrives from elsewhere (sync) cannot make
 * an unlock run an Argon2 its writer chose to be slow.
 */
export function passphraseSlotCostsNoMore(
  envelope: { readonly slots: readonly StoredSlotLike[] },
  reference: { readonly slots: readonly StoredSlotLike[] },
): boolean {
  const costOf = (slots: readonly StoredSlotLike[]) =>
    slots.find((slot) => slot.kind === 'passphrase')?.kdf ?? null;
  const cost = costOf(envelope.slots);
  if (!cost) return false;
  const mine = costOf(reference.slots) ?? DEFAULT_KDF_PARAMS;
  const most = (name: keyof KdfParams) => Math.max(mine[name], DEFAULT_KDF_PARAMS[name]);
  return (
    cost.memoryKiB <= most('memoryKiB') &&
    cost.iterations <= most('iterations') &&
    cost.parallelism <= most('parallelism')
  );
}

interface StoredSlotLike {
  readonly kind: string;
  readonly kdf?: KdfParams;
}
