import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  changePassphrase,
  MIN_KDF_PARAMS,
  needsKdfUpgrade,
  unlockWithPassphrase,
  type VaultEnvelope,
} from '../../src/core/crypto';
import { isPassphraseLongEnough, passphraseLength } from '../../src/core/passphrase';
import { emptyVault, serializeVault } from '../../src/core/vault';
import { estimateStrength } from '../../src/popup/logic/passphrase-strength';
import { cheapVault } from './crypto/cheap-envelope';

// The worker's vault service with storage.local and storage.session in memory: the rules it
// enforces on passphrases and what an unlock writes back.
const fake = vi.hoisted(() => ({
  local: new Map<string, unknown>(),
  session: new Map<string, unknown>(),
  failWrites: false,
}));

vi.mock('webextension-polyfill', () => {
  const area = (items: Map<string, unknown>, writable: () => boolean) => ({
    get: (keys: string | string[]) => {
      const found: Record<string, unknown> = {};
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        if (items.has(key)) found[key] = structuredClone(items.get(key));
      }
      return Promise.resolve(found);
    },
    set: (values: Record<string, unknown>) => {
      if (!writable()) return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
      for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
      return Promise.resolve();
    },
    remove: (key: string) => {
      items.delete(key);
      return Promise.resolve();
    },
  });
  return {
    default: {
      storage: {
        local: area(fake.local, () => !fake.failWrites),
        session: area(fake.session, () => true),
      },
    },
  };
});

const service = await import('../../src/background/vault/vault-service');

const passphrase = 'correct horse battery staple';
const stored = (key: 'vault' | 'vaultPrevious') => fake.local.get(key) as VaultEnvelope;
const passphraseKdf = (envelope: VaultEnvelope) =>
  envelope.slots.find((slot) => slot.kind === 'passphrase');

async function errorCodeOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => expect.fail('expected a refusal'),
    (caught: unknown) => caught,
  );
  return (error as { code: string }).code;
}

/** A vault whose passphrase slot has Argon2's cheapest parameters, as an old version made. */
async function storeWeakVault(): Promise<VaultEnvelope> {
  const { envelope } = await cheapVault(serializeVault(emptyVault()), { passphrase });
  fake.local.set('vault', envelope);
  return envelope;
}

beforeEach(async () => {
  await service.lock();
  fake.local.clear();
  fake.session.clear();
  fake.failWrites = false;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the passphrase length rule (core/passphrase.ts)', () => {
  // "e" + combining acute accent: 2 code points, 1 character on screen.
  const sixAccented = 'e\u0301'.repeat(6);
  const twelveAccented = 'e\u0301'.repeat(12);

  it('counts what a person sees: six accented letters are six characters', () => {
    expect(sixAccented).toHaveLength(12);
    expect(passphraseLength(sixAccented)).toBe(6);
    expect(passphraseLength('😀👍🏽é')).toBe(3);
  });

  it('is too short for the first-run form and for the worker alike', async () => {
    expect(estimateStrength(sixAccented).level).toBe('too-short');
    expect(isPassphraseLongEnough(sixAccented)).toBe(false);
    expect(await errorCodeOf(service.createNewVault(sixAccented))).toBe('weak-passphrase');
    expect(fake.local.size).toBe(0);
  });

  it('accepts twelve accented letters on both sides', () => {
    expect(estimateStrength(twelveAccented).level).not.toBe('too-short');
    expect(isPassphraseLongEnough(twelveAccented)).toBe(true);
  });
});

describe('unlock with a slot weaker than the defaults', () => {
  it('rewraps the slot with the default parameters in both stored generations', async () => {
    const weak = await storeWeakVault();
    expect(needsKdfUpgrade(weak)).toBe(true);

    await service.unlock(passphrase);
    // Serialised behind the upgrade: by now it is stored.
    expect(await service.vaultState()).toBe('unlocked');

    for (const generation of ['vault', 'vaultPrevious'] as const) {
      const envelope = stored(generation);
      expect(needsKdfUpgrade(envelope), generation).toBe(false);
      expect(passphraseKdf(envelope)).toMatchObject({
        kdf: { memoryKiB: 65_536, iterations: 3, parallelism: 1 },
      });
    }
    expect(stored('vault').ciphertext).toBe(weak.ciphertext);
    await expect(unlockWithPassphrase(stored('vault'), passphrase)).resolves.toHaveLength(32);
    // The vault goes on working from the rewrapped envelope.
    await service.updateVault((data) => data);
    expect(needsKdfUpgrade(stored('vaultPrevious'))).toBe(false);
  });

  it('still unlocks when the upgrade cannot be stored, and leaves the vault as it was', async () => {
    const weak = await storeWeakVault();
    fake.failWrites = true;

    await service.unlock(passphrase);
    expect(await service.vaultState()).toBe('unlocked');
    expect(stored('vault')).toEqual(weak);
    expect(console.warn).toHaveBeenCalledTimes(1);
  });

  it('does not rewrap with an old passphrase that only opened the previous generation', async () => {
    // A passphrase change cut short: the newest generation opens with the new passphrase,
    // the previous one with the old; the old one still unlocks (from the previous slot).
    const { envelope: old, vaultKey } = await cheapVault(serializeVault(emptyVault()), {
      passphrase,
    });
    const changed = await changePassphrase(old, vaultKey, 'a brand new passphrase', {
      kdfParams: MIN_KDF_PARAMS,
    });
    fake.local.set('vault', changed);
    fake.local.set('vaultPrevious', old);

    await service.unlock(passphrase);
    expect(await service.vaultState()).toBe('unlocked');
    expect(stored('vault')).toEqual(changed);
    await expect(unlockWithPassphrase(stored('vault'), passphrase)).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
  });
});
