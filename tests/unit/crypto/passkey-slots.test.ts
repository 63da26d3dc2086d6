import { describe, expect, it } from 'vitest';
import {
  addPasskeySlot,
  changePassphrase,
  decryptPayload,
  isPasskeyName,
  newPrfSalt,
  parseEnvelope,
  passkeySlots,
  removeSlot,
  unlockWithPasskey,
  unlockWithPassphrase,
  type StoredPasskeySlot,
  type VaultEnvelope,
} from '../../../src/core/crypto';
import { decodeBase64, encodeBase64 } from '../../../src/core/crypto/encoding';
import { randomBytes } from '../../../src/core/crypto/random';
import { bytesOf, CHEAP_KDF, cheapVault, codeOf, expectSameBytes } from './cheap-envelope';

const payload = bytesOf('entries');

function credential(name = 'Security key') {
  return { credentialId: randomBytes(64), prfSalt: newPrfSalt(), name };
}

async function vaultWithPasskey() {
  const vault = await cheapVault(payload, { passphrase: 'correct horse' });
  const passkey = credential();
  const prfOutput = randomBytes(32);
  const { envelope, slotId } = await addPasskeySlot(
    vault.envelope,
    vault.vaultKey,
    passkey,
    prfOutput,
  );
  return { ...vault, envelope, slotId, passkey, prfOutput };
}

function passkeySlot(envelope: VaultEnvelope): StoredPasskeySlot {
  const slot = envelope.slots.find((candidate) => candidate.kind === 'passkey');
  if (slot?.kind !== 'passkey') throw new Error('no passkey slot');
  return slot;
}

function withSlot(envelope: VaultEnvelope, change: Partial<StoredPasskeySlot>): VaultEnvelope {
  return {
    ...envelope,
    slots: envelope.slots.map((slot) => (slot.kind === 'passkey' ? { ...slot, ...change } : slot)),
  };
}

describe('passkey slots', () => {
  it('open the vault with the PRF output of their credential, and only with it', async () => {
    const { envelope, vaultKey, passkey, prfOutput } = await vaultWithPasskey();

    expectSameBytes(await unlockWithPasskey(envelope, passkey.credentialId, prfOutput), vaultKey);
    expect(await decryptPayload(envelope, vaultKey)).toEqual(payload);
    expect(await codeOf(unlockWithPasskey(envelope, passkey.credentialId, randomBytes(32)))).toBe(
      'wrong-key',
    );
    expect(await codeOf(unlockWithPasskey(envelope, randomBytes(64), prfOutput))).toBe(
      'slot-not-found',
    );
    expect(await codeOf(unlockWithPasskey(envelope, passkey.credentialId, randomBytes(16)))).toBe(
      'wrong-key',
    );
    // The passphrase still opens it: the passkey is one more way in, not the only one.
    expectSameBytes(await unlockWithPassphrase(envelope, 'correct horse'), vaultKey);
  });

  it('are stored in the documented shape and read back the same', async () => {
    const { envelope, passkey, slotId } = await vaultWithPasskey();
    const slot = passkeySlot(envelope);

    expect(Object.keys(slot).sort()).toEqual(
      ['credentialId', 'id', 'kind', 'name', 'nonce', 'prfSalt', 'wrappedKey'].sort(),
    );
    expect(slot.id).toBe(slotId);
    expect(decodeBase64(slot.credentialId)).toEqual(passkey.credentialId);
    expect(decodeBase64(slot.prfSalt)).toEqual(passkey.prfSalt);
    expect(parseEnvelope(JSON.parse(JSON.stringify(envelope)))).toEqual(envelope);
    expect(passkeySlots(envelope)).toEqual([
      {
        slotId,
        name: 'Security key',
        credentialId: slot.credentialId,
        prfSalt: slot.prfSalt,
      },
    ]);
  });

  it('bind their credential, salt and name: a changed one no longer opens or verifies', async () => {
    const { envelope, passkey, prfOutput } = await vaultWithPasskey();
    const slot = passkeySlot(envelope);
    const otherSalt = encodeBase64(newPrfSalt());

    expect(
      await codeOf(
        unlockWithPasskey(
          withSlot(envelope, { prfSalt: otherSalt }),
          passkey.credentialId,
          prfOutput,
        ),
      ),
    ).toBe('wrong-key');
    expect(
      await codeOf(
        unlockWithPasskey(withSlot(envelope, { name: 'Renamed' }), passkey.credentialId, prfOutput),
      ),
    ).toBe('wrong-key');
    // Another credential id pointing at the same wrapped key: the slot's AD no longer matches.
    const otherId = randomBytes(64);
    const moved = withSlot(envelope, { credentialId: encodeBase64(otherId) });
    expect(await codeOf(unlockWithPasskey(moved, otherId, prfOutput))).toBe('wrong-key');
    expect(slot.name).toBe('Security key');
  });

  it('survive a passphrase change, and stop opening once removed', async () => {
    const { envelope, vaultKey, passkey, prfOutput, slotId } = await vaultWithPasskey();
    const changed = await changePassphrase(envelope, vaultKey, 'new passphrase', {
      kdfParams: { ...CHEAP_KDF, memoryKiB: 19456, iterations: 2 },
    });
    expectSameBytes(await unlockWithPasskey(changed, passkey.credentialId, prfOutput), vaultKey);

    const removed = await removeSlot(changed, vaultKey, slotId);
    expect(passkeySlots(removed)).toEqual([]);
    expect(await codeOf(unlockWithPasskey(removed, passkey.credentialId, prfOutput))).toBe(
      'slot-not-found',
    );
  });

  it('refuse the same credential twice, a bad name, and a key that is not the vault key', async () => {
    const { envelope, vaultKey, passkey } = await vaultWithPasskey();

    expect(await codeOf(addPasskeySlot(envelope, vaultKey, passkey, randomBytes(32)))).toBe(
      'corrupt-envelope',
    );
    expect(
      await codeOf(addPasskeySlot(envelope, vaultKey, credential(' padded '), randomBytes(32))),
    ).toBe('invalid-name');
    expect(
      await codeOf(addPasskeySlot(envelope, randomBytes(32), credential(), randomBytes(32))),
    ).toBe('wrong-key');
  });

  it('accept names of 1 to 64 characters without control characters', () => {
    expect(isPasskeyName('Y')).toBe(true);
    expect(isPasskeyName('🔑'.repeat(64))).toBe(true);
    expect(isPasskeyName('x'.repeat(65))).toBe(false);
    expect(isPasskeyName('')).toBe(false);
    expect(isPasskeyName('tab\there')).toBe(false);
  });

  it('are refused when a stored field is out of shape', async () => {
    const { envelope } = await vaultWithPasskey();
    const bad: Partial<StoredPasskeySlot>[] = [
      { prfSalt: encodeBase64(randomBytes(16)) },
      { credentialId: '' },
      { name: '' },
      { credentialId: encodeBase64(randomBytes(1024)) },
    ];
    for (const change of bad) {
      expect(
        await codeOf(Promise.resolve().then(() => parseEnvelope(withSlot(envelope, change)))),
      ).toBe('corrupt-envelope');
    }
  });
});
