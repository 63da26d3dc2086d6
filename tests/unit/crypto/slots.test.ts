import { describe, expect, it } from 'vitest';
import {
  addRawKeySlot,
  changePassphrase,
  createVault,
  decryptPayload,
  MAX_SLOTS,
  MIN_KDF_PARAMS,
  needsKdfUpgrade,
  removeSlot,
  unlockWithPassphrase,
  unlockWithRawKey,
  type VaultEnvelope,
} from '../../../src/core/crypto';
import { bytesOf, cheapVault, codeOf } from './cheap-envelope';

const payload = bytesOf('entries');
const kdfParams = MIN_KDF_PARAMS;

function passphraseSlot(envelope: VaultEnvelope) {
  const slot = envelope.slots.find((candidate) => candidate.kind === 'passphrase');
  if (slot?.kind !== 'passphrase') throw new Error('no passphrase slot');
  return slot;
}

describe('changePassphrase', () => {
  it('rewraps the passphrase slot only: the payload nonce and ciphertext stay as they were', async () => {
    const { envelope, vaultKey } = await createVault(payload, { passphrase: 'old', kdfParams });
    const changed = await changePassphrase(envelope, 'old', 'new', { kdfParams });

    expect(changed.nonce).toBe(envelope.nonce);
    expect(changed.ciphertext).toBe(envelope.ciphertext);
    const before = passphraseSlot(envelope);
    const after = passphraseSlot(changed);
    expect(after.id).toBe(before.id);
    expect(after.kdf.salt).not.toBe(before.kdf.salt);
    expect(after.wrappedKey).not.toBe(before.wrappedKey);

    expect(await codeOf(unlockWithPassphrase(changed, 'old'))).toBe('wrong-passphrase');
    const unlocked = await unlockWithPassphrase(changed, 'new');
    expect(unlocked).toEqual(vaultKey);
    expect(await decryptPayload(changed, unlocked)).toEqual(payload);
  });

  it('accepts the vault key instead of the old passphrase, and leaves other slots alone', async () => {
    const { envelope, vaultKey, rawKey } = await cheapVault(payload, {
      passphrase: 'old',
      raw: true,
    });
    const changed = await changePassphrase(envelope, vaultKey, 'new', { kdfParams });
    expect(changed.slots[1]).toEqual(envelope.slots[1]);
    expect(changed.ciphertext).toBe(envelope.ciphertext);
    expect(await unlockWithPassphrase(changed, 'new')).toEqual(vaultKey);
    expect(await unlockWithRawKey(changed, rawKey)).toEqual(vaultKey);
  });

  it('upgrades the slot to the defaults unless told otherwise', async () => {
    const { envelope, vaultKey } = await cheapVault(payload, { passphrase: 'pw' });
    expect(needsKdfUpgrade(envelope)).toBe(true);
    const upgraded = await changePassphrase(envelope, vaultKey, 'pw');
    expect(passphraseSlot(upgraded).kdf).toMatchObject({ memoryKiB: 65_536, iterations: 3 });
    expect(needsKdfUpgrade(upgraded)).toBe(false);
  });

  it('refuses a wrong old passphrase, a wrong key, an empty or weak new passphrase slot', async () => {
    const { envelope } = await cheapVault(payload, { passphrase: 'old', raw: true });
    const stranger = crypto.getRandomValues(new Uint8Array(32));
    expect(await codeOf(changePassphrase(envelope, 'nope', 'new', { kdfParams }))).toBe(
      'wrong-passphrase',
    );
    expect(await codeOf(changePassphrase(envelope, stranger, 'new', { kdfParams }))).toBe(
      'wrong-key',
    );
    expect(await codeOf(changePassphrase(envelope, 'old', '', { kdfParams }))).toBe(
      'empty-passphrase',
    );
    const weak = { memoryKiB: 1024, iterations: 2, parallelism: 1 };
    expect(await codeOf(changePassphrase(envelope, 'old', 'new', { kdfParams: weak }))).toBe(
      'weak-kdf-parameters',
    );
  });

  it('needs a passphrase slot to change', async () => {
    const { envelope, vaultKey } = await cheapVault(payload, { raw: true });
    expect(await codeOf(changePassphrase(envelope, vaultKey, 'new', { kdfParams }))).toBe(
      'slot-not-found',
    );
  });
});

describe('addRawKeySlot and removeSlot', () => {
  it('adds a slot that opens the vault, without touching the payload', async () => {
    const { envelope, vaultKey } = await cheapVault(payload, { passphrase: 'pw' });
    const rawKey = crypto.getRandomValues(new Uint8Array(32));
    const added = await addRawKeySlot(envelope, vaultKey, rawKey);
    expect(added.envelope.slots.map((slot) => slot.id)).toEqual([
      envelope.slots[0]?.id,
      added.slotId,
    ]);
    expect(added.envelope.ciphertext).toBe(envelope.ciphertext);
    expect(await unlockWithRawKey(added.envelope, rawKey)).toEqual(vaultKey);
    expect(await unlockWithPassphrase(added.envelope, 'pw')).toEqual(vaultKey);

    const removed = await removeSlot(added.envelope, vaultKey, added.slotId);
    expect(removed.slots).toEqual(envelope.slots);
    expect(await codeOf(unlockWithRawKey(removed, rawKey))).toBe('wrong-key');
    expect(await unlockWithPassphrase(removed, 'pw')).toEqual(vaultKey);
  });

  it('never removes the last slot', async () => {
    const { envelope, vaultKey } = await cheapVault(payload, { passphrase: 'pw' });
    const only = envelope.slots[0]?.id ?? '';
    expect(await codeOf(removeSlot(envelope, vaultKey, only))).toBe('last-slot');
    expect(await codeOf(removeSlot(envelope, vaultKey, 'f'.repeat(32)))).toBe('slot-not-found');
  });

  it('needs the real vault key for either', async () => {
    const { envelope, rawKey } = await cheapVault(payload, { passphrase: 'pw', raw: true });
    const stranger = crypto.getRandomValues(new Uint8Array(32));
    expect(await codeOf(addRawKeySlot(envelope, stranger, rawKey))).toBe('wrong-key');
    const id = envelope.slots[1]?.id ?? '';
    expect(await codeOf(removeSlot(envelope, stranger, id))).toBe('wrong-key');
    expect(await codeOf(addRawKeySlot(envelope, rawKey, new Uint8Array(8)))).toBe('wrong-key');
  });

  it(`holds at most ${MAX_SLOTS} slots`, async () => {
    const vault = await cheapVault(payload, { raw: true });
    let envelope = vault.envelope;
    for (let count = 1; count < MAX_SLOTS; count++) {
      const rawKey = crypto.getRandomValues(new Uint8Array(32));
      ({ envelope } = await addRawKeySlot(envelope, vault.vaultKey, rawKey));
    }
    expect(envelope.slots).toHaveLength(MAX_SLOTS);
    expect(await unlockWithRawKey(envelope, vault.rawKey)).toEqual(vault.vaultKey);
    expect(await codeOf(addRawKeySlot(envelope, vault.vaultKey, vault.rawKey))).toBe(
      'too-many-slots',
    );
  });
});
