import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Crypto from '../../src/core/crypto';
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

vi.mock('webextension-polyfill', async () => {
  const { memoryArea } = await import('./support/memory-storage');
  const area = (items: Map<string, unknown>, writable: () => boolean) =>
    memoryArea(items, () => {
      if (!writable()) throw new Error('QUOTA_BYTES quota exceeded');
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

// Every key derivation from a passphrase goes through here: the throttle must refuse first.
vi.mock('../../src/core/crypto', async (original) => {
  const crypto = await original<typeof Crypto>();
  return { ...crypto, unlockWithPassphrase: vi.fn(crypto.unlockWithPassphrase) };
});

const service = await import('../../src/background/vault/vault-service');
// The class the service above throws with (a test below starts a fresh copy of the modules).
const { RequestError } = await import('../../src/background/router');

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

describe('wrong passphrases in a row (core/unlock-throttle.ts)', () => {
  const wrong = 'not the passphrase at all';
  const start = 1_700_000_000_000;
  const failuresStored = () => fake.local.get('passphraseFailures');

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: start });
    await storeWeakVault();
    vi.mocked(unlockWithPassphrase).mockClear();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** The refusal's code and the wait it carries. */
  async function refusal(promise: Promise<unknown>) {
    const error: unknown = await promise.then(
      () => expect.fail('expected a refusal'),
      (caught: unknown) => caught,
    );
    const { code, nextAttemptAt } = error as { code: string; nextAttemptAt?: number };
    return { code, nextAttemptAt };
  }

  it('costs nothing three times, then waits 2 s, then 4 s, each from the last wrong one', async () => {
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await refusal(service.unlock(wrong))).toEqual({
        code: 'wrong-passphrase',
        nextAttemptAt: undefined,
      });
    }
    expect(await refusal(service.unlock(wrong))).toEqual({
      code: 'wrong-passphrase',
      nextAttemptAt: start + 2_000,
    });
    vi.setSystemTime(start + 2_000);
    expect(await refusal(service.unlock(wrong))).toEqual({
      code: 'wrong-passphrase',
      nextAttemptAt: start + 6_000,
    });
    expect(failuresStored()).toEqual({ count: 5, lastAt: start + 2_000 });
  });

  it('refuses any passphrase during the wait before deriving a key, and does not count it', async () => {
    for (let attempt = 1; attempt <= 4; attempt++) await refusal(service.unlock(wrong));
    const derivations = vi.mocked(unlockWithPassphrase).mock.calls.length;
    vi.setSystemTime(start + 1_999);

    expect(await refusal(service.unlock(passphrase))).toEqual({
      code: 'throttled',
      nextAttemptAt: start + 2_000,
    });
    expect(vi.mocked(unlockWithPassphrase).mock.calls).toHaveLength(derivations);
    expect(failuresStored()).toEqual({ count: 4, lastAt: start });
    expect(await service.vaultState()).toBe('locked');
  });

  it('opens with the right passphrase once the wait is over, and starts the count again', async () => {
    for (let attempt = 1; attempt <= 4; attempt++) await refusal(service.unlock(wrong));
    expect(failuresStored()).toEqual({ count: 4, lastAt: start });
    vi.setSystemTime(start + 2_000);

    await service.unlock(passphrase);
    expect(await service.vaultState()).toBe('unlocked');
    expect(failuresStored()).toBeUndefined();
    await service.lock();
    expect(await refusal(service.unlock(wrong))).toEqual({
      code: 'wrong-passphrase',
      nextAttemptAt: undefined,
    });
  });

  it('counts a passphrase asked again (exports, Show QR, change of passphrase) the same way', async () => {
    // Unlocked as a restarted worker finds it (the key in storage.session), so the slot stays
    // cheap: an unlock by passphrase would rewrap it with the slow defaults.
    const { envelope, vaultKey } = await cheapVault(serializeVault(emptyVault()), { passphrase });
    fake.local.set('vault', envelope);
    fake.session.set('vaultKey', Array.from(vaultKey));
    const change = (current: string) =>
      refusal(service.changeVaultPassphrase(current, 'a brand new passphrase'));

    await refusal(service.confirmPassphrase(wrong));
    await change(wrong);
    await service.confirmPassphrase(passphrase);
    // The right one cleared both: three more are free again, the fourth waits.
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await refusal(service.confirmPassphrase(wrong))).toEqual({
        code: 'wrong-passphrase',
        nextAttemptAt: undefined,
      });
    }
    expect(await change(wrong)).toEqual({
      code: 'wrong-passphrase',
      nextAttemptAt: start + 2_000,
    });
    const derivations = vi.mocked(unlockWithPassphrase).mock.calls.length;
    expect(await refusal(service.confirmPassphrase(passphrase))).toMatchObject({
      code: 'throttled',
    });
    expect(await change(passphrase)).toMatchObject({ code: 'throttled' });
    await service.lock();
    expect(await refusal(service.unlock(passphrase))).toMatchObject({ code: 'throttled' });
    expect(vi.mocked(unlockWithPassphrase).mock.calls).toHaveLength(derivations);
    // Nothing was written: the passphrase is the one it was.
    expect(stored('vault')).toEqual(envelope);
  });

  it('counts each of several wrong passphrases sent at once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => refusal(service.unlock(wrong))),
    );
    expect(answers.map(({ code }) => code)).toEqual([
      'wrong-passphrase',
      'wrong-passphrase',
      'wrong-passphrase',
      'wrong-passphrase',
      'throttled',
      'throttled',
    ]);
    expect(failuresStored()).toEqual({ count: 4, lastAt: start });
  });

  it('keeps the count and the wait across a worker restart', async () => {
    for (let attempt = 1; attempt <= 4; attempt++) await refusal(service.unlock(wrong));

    // A restarted worker: the modules start afresh, storage.local is what it was.
    vi.resetModules();
    const restarted = await import('../../src/background/vault/vault-service');
    const { passphraseWaitUntil } = await import('../../src/background/vault/passphrase-throttle');
    expect(await passphraseWaitUntil()).toBe(start + 2_000);
    expect(await refusal(restarted.unlock(passphrase))).toEqual({
      code: 'throttled',
      nextAttemptAt: start + 2_000,
    });
    vi.setSystemTime(start + 2_000);
    expect(await passphraseWaitUntil()).toBeNull();
    expect(await refusal(restarted.unlock(wrong))).toEqual({
      code: 'wrong-passphrase',
      nextAttemptAt: start + 6_000,
    });
  });

  it('does not count a failure that is not a wrong passphrase', async () => {
    service.setVaultLifecycle({
      onLock: [],
      onUnlock: [],
      newerPassphraseSlot: () => Promise.reject(new RequestError('storage', 'unreadable')),
    });
    try {
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect(await refusal(service.unlock(wrong))).toMatchObject({ code: 'storage' });
      }
    } finally {
      service.setVaultLifecycle({ onLock: [], onUnlock: [] });
    }
    expect(failuresStored()).toBeUndefined();
  });

  it('still says a wrong passphrase is wrong when the count cannot be stored', async () => {
    fake.failWrites = true;
    for (let attempt = 1; attempt <= 3; attempt++) await refusal(service.unlock(wrong));
    expect(await refusal(service.unlock(wrong))).toEqual({
      code: 'wrong-passphrase',
      nextAttemptAt: undefined,
    });
  });
});
