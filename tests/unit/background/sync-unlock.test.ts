import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  changePassphrase,
  MIN_KDF_PARAMS,
  samePassphraseSlot,
  type VaultEnvelope,
} from '../../../src/core/crypto';
import { emptyVault, serializeVault } from '../../../src/core/vault';
import { settleSlot } from '../../../src/background/sync/key-slot';
import { writeKeyItem } from '../../../src/core/sync/key-item';
import { cheapVault } from '../crypto/cheap-envelope';

// The vault service with storage in memory: what an unlock does when sync carried a newer
// passphrase slot from another browser, and what a round decides about the synced slot.
const fake = vi.hoisted(() => ({
  local: new Map<string, unknown>(),
  session: new Map<string, unknown>(),
}));

vi.mock('webextension-polyfill', async () => {
  const { memoryArea } = await import('../support/memory-storage');
  return {
    default: { storage: { local: memoryArea(fake.local), session: memoryArea(fake.session) } },
  };
});

const service = await import('../../../src/background/vault/vault-service');

const oldPassphrase = 'correct horse battery staple';
const newPassphrase = 'a new passphrase from the laptop';
const setup = {
  enabled: true,
  device: 'here',
  set: '0'.repeat(32),
  slotGen: 1,
  passphraseChanged: false,
};

async function storedVault() {
  const vault = await cheapVault(serializeVault(emptyVault()), { passphrase: oldPassphrase });
  fake.local.set('vault', vault.envelope);
  return vault;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => expect.fail('expected a refusal'),
    (caught: unknown) => caught,
  );
  return (error as { code: string }).code;
}

beforeEach(async () => {
  await service.lock();
  fake.local.clear();
  fake.session.clear();
});

describe('unlock after the passphrase was changed in another browser', () => {
  it('opens with the new passphrase and stores its slot in both generations', async () => {
    const { envelope, vaultKey } = await storedVault();
    const newer = await changePassphrase(envelope, vaultKey, newPassphrase, {
      kdfParams: MIN_KDF_PARAMS,
    });
    service.setVaultLifecycle({
      onLock: [],
      onUnlock: [],
      newerPassphraseSlot: () => Promise.resolve(newer),
    });
    await service.unlock(newPassphrase);
    expect(await service.vaultState()).toBe('unlocked');
    for (const generation of ['vault', 'vaultPrevious']) {
      expect(samePassphraseSlot(fake.local.get(generation) as VaultEnvelope, newer)).toBe(true);
    }
  });

  it('refuses the old passphrase by name once the new slot proves genuine', async () => {
    const { envelope, vaultKey } = await storedVault();
    const newer = await changePassphrase(envelope, vaultKey, newPassphrase, {
      kdfParams: MIN_KDF_PARAMS,
    });
    service.setVaultLifecycle({
      onLock: [],
      onUnlock: [],
      newerPassphraseSlot: () => Promise.resolve(newer),
    });
    expect(await codeOf(service.unlock(oldPassphrase))).toBe('passphrase-changed');
    expect(await service.vaultState()).toBe('locked');
  });

  it('ignores a synced slot that is not this vault’s, so it cannot lock anyone out', async () => {
    await storedVault();
    const stranger = await cheapVault(serializeVault(emptyVault()), { passphrase: newPassphrase });
    service.setVaultLifecycle({
      onLock: [],
      onUnlock: [],
      newerPassphraseSlot: () => Promise.resolve(stranger.envelope),
    });
    await service.unlock(oldPassphrase);
    expect(await service.vaultState()).toBe('unlocked');
  });

  it('never tries a synced slot that costs more than this vault’s or the defaults', async () => {
    const { envelope, vaultKey } = await storedVault();
    const costly = await changePassphrase(envelope, vaultKey, newPassphrase, {
      kdfParams: { ...MIN_KDF_PARAMS, iterations: 4 },
    });
    service.setVaultLifecycle({
      onLock: [],
      onUnlock: [],
      newerPassphraseSlot: () => Promise.resolve(costly),
    });
    expect(await codeOf(service.unlock(newPassphrase))).toBe('wrong-passphrase');
    await service.unlock(oldPassphrase);
    expect(await service.vaultState()).toBe('unlocked');
  });
});

describe('the synced passphrase slot in a round', () => {
  it('starts a set, adopts a newer generation, and publishes a change made here', async () => {
    const { envelope, vaultKey } = await storedVault();
    const started = await settleSlot(null, { ...setup, set: null, slotGen: 0 }, envelope, vaultKey);
    expect(started).toMatchObject({ kind: 'ok', setup: { slotGen: 1 } });
    if (started.kind !== 'ok' || !started.publish) throw new Error('no key item');
    const set = started.setup.set ?? '';
    expect(set).toMatch(/^[0-9a-f]{32}$/);

    const elsewhere = await changePassphrase(envelope, vaultKey, newPassphrase, {
      kdfParams: MIN_KDF_PARAMS,
    });
    const newer = await writeKeyItem(elsewhere, vaultKey, { set, gen: 2, by: 'there' });
    const adopted = await settleSlot(newer, { ...setup, set }, envelope, vaultKey);
    if (adopted.kind !== 'ok') throw new Error('not adopted');
    expect(adopted.setup).toMatchObject({ slotGen: 2, passphraseChanged: true });
    expect(samePassphraseSlot(adopted.envelope, elsewhere)).toBe(true);
    expect(adopted.publish).toBeNull();

    const changedHere = await changePassphrase(envelope, vaultKey, 'changed here this time', {
      kdfParams: MIN_KDF_PARAMS,
    });
    const republished = await settleSlot(started.publish, { ...setup, set }, changedHere, vaultKey);
    expect(republished).toMatchObject({ kind: 'ok', setup: { slotGen: 2 }, publish: { gen: 2 } });
  });

  it('calls another set, or a slot sealed under another key, another vault', async () => {
    const { envelope, vaultKey } = await storedVault();
    const stranger = await cheapVault(serializeVault(emptyVault()), { passphrase: newPassphrase });
    const theirs = await writeKeyItem(stranger.envelope, stranger.vaultKey, {
      set: setup.set,
      gen: 5,
      by: 'there',
    });
    expect(await settleSlot(theirs, setup, envelope, vaultKey)).toEqual({ kind: 'other-vault' });
    const ours = await writeKeyItem(envelope, vaultKey, {
      set: 'f'.repeat(32),
      gen: 1,
      by: 'there',
    });
    expect(await settleSlot(ours, setup, envelope, vaultKey)).toEqual({ kind: 'other-vault' });
  });
});
