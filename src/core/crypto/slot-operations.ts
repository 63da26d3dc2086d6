import { importAesKey, KEY_BYTES } from './aead';
import { acceptVaultKey, openPassphraseSlot, passphraseSlotOf, resealEnvelope } from './assemble';
import { copyBytes, wipe } from './bytes';
import { guarded, VaultCryptoError } from './errors';
import { MAX_SLOTS, type VaultEnvelope } from './format';
import { passphraseBytes } from './kdf';
import {
  checkKdfParamsForCreation,
  DEFAULT_KDF_PARAMS,
  isBelowDefaultParams,
  type KdfParams,
} from './kdf-params';
import { decodeEnvelope, parseEnvelope } from './parse';
import { wrapPasskeySlot, type PasskeyCredential } from './passkey-slots';
import { storeEnvelope } from './serialize';
import { wrapPassphraseSlot, wrapRawKeySlot } from './slots';

/**
 * Changing the ways a vault opens. Each operation proves it holds the vault key (a passphrase
 * that opens the slot, or a key whose seal verifies), changes the slot list, and re-seals the
 * header; the payload's nonce and ciphertext are carried over untouched.
 */

/**
 * Rewraps the passphrase slot (same id, new salt and nonce, `kdfParams` or the defaults).
 * `current` is the vault key (after an unlock) or the current passphrase. The vault key does
 * not change: whoever kept a copy of the old envelope AND learns the old passphrase can still
 * read payloads written later (docs/vault-format.md, threat model).
 */
export async function changePassphrase(
  envelope: VaultEnvelope,
  current: Uint8Array | string,
  newPassphrase: string,
  { kdfParams = DEFAULT_KDF_PARAMS }: { readonly kdfParams?: KdfParams } = {},
): Promise<VaultEnvelope> {
  return guarded(async () => {
    checkKdfParamsForCreation(kdfParams);
    wipe(passphraseBytes(newPassphrase)); // refuse an empty one before the slow part
    const decoded = decodeEnvelope(envelope);
    const slot = passphraseSlotOf(decoded);
    const key =
      typeof current === 'string'
        ? await openPassphraseSlot(decoded, current)
        : await acceptVaultKey(decoded, current);
    try {
      const rewrapped = await wrapPassphraseSlot(key.bytes, newPassphrase, kdfParams, slot.id);
      const slots = decoded.slots.map((candidate) => (candidate === slot ? rewrapped : candidate));
      return storeEnvelope(await resealEnvelope(key.cryptoKey, decoded, slots));
    } finally {
      wipe(key.bytes);
    }
  });
}

/**
 * Adds a slot that opens with `rawKey`, a uniformly random 256-bit key held elsewhere (a
 * future WebAuthn-PRF output or OS-keychain key). Never a password: it gets no KDF.
 */
export async function addRawKeySlot(
  envelope: VaultEnvelope,
  vaultKey: Uint8Array,
  rawKey: Uint8Array,
): Promise<{ envelope: VaultEnvelope; slotId: string }> {
  return guarded(async () => {
    const decoded = decodeEnvelope(envelope);
    if (rawKey.length !== KEY_BYTES) {
      throw new VaultCryptoError('wrong-key', 'a raw key is 32 bytes');
    }
    if (decoded.slots.length >= MAX_SLOTS) throw new VaultCryptoError('too-many-slots');
    const key = await acceptVaultKey(decoded, vaultKey);
    try {
      const raw = copyBytes(rawKey);
      const kek = await importAesKey(raw).finally(() => wipe(raw));
      const slot = await wrapRawKeySlot(key.bytes, kek);
      const resealed = await resealEnvelope(key.cryptoKey, decoded, [...decoded.slots, slot]);
      return { envelope: storeEnvelope(resealed), slotId: slot.id };
    } finally {
      wipe(key.bytes);
    }
  });
}

/**
 * Adds a slot that opens with a passkey: `prfOutput` is what the passkey gave for
 * `credential.prfSalt`. One slot per credential: registering the same passkey again fails.
 */
export async function addPasskeySlot(
  envelope: VaultEnvelope,
  vaultKey: Uint8Array,
  credential: PasskeyCredential,
  prfOutput: Uint8Array,
): Promise<{ envelope: VaultEnvelope; slotId: string }> {
  return guarded(async () => {
    const decoded = decodeEnvelope(envelope);
    if (decoded.slots.length >= MAX_SLOTS) throw new VaultCryptoError('too-many-slots');
    const key = await acceptVaultKey(decoded, vaultKey);
    try {
      const output = copyBytes(prfOutput);
      const slot = await wrapPasskeySlot(key.bytes, credential, output).finally(() => wipe(output));
      // Parsed again: the same credential twice, or a bad length, is refused like a stored one.
      const resealed = await resealEnvelope(key.cryptoKey, decoded, [...decoded.slots, slot]);
      return { envelope: parseEnvelope(storeEnvelope(resealed)), slotId: slot.id };
    } finally {
      wipe(key.bytes);
    }
  });
}

/** Removes a slot; never the last one, which would leave nothing that opens the vault. */
export async function removeSlot(
  envelope: VaultEnvelope,
  vaultKey: Uint8Array,
  slotId: string,
): Promise<VaultEnvelope> {
  return guarded(async () => {
    const decoded = decodeEnvelope(envelope);
    if (!decoded.slots.some((slot) => slot.id === slotId)) {
      throw new VaultCryptoError('slot-not-found');
    }
    if (decoded.slots.length === 1) throw new VaultCryptoError('last-slot');
    const key = await acceptVaultKey(decoded, vaultKey);
    wipe(key.bytes);
    const slots = decoded.slots.filter((slot) => slot.id !== slotId);
    return storeEnvelope(await resealEnvelope(key.cryptoKey, decoded, slots));
  });
}

/**
 * True when the passphrase slot is cheaper than today's defaults: after an unlock with the
 * passphrase, `changePassphrase(envelope, vaultKey, samePassphrase)` brings it up to date.
 */
export function needsKdfUpgrade(envelope: VaultEnvelope): boolean {
  const slot = decodeEnvelope(envelope).slots.find((candidate) => candidate.kind === 'passphrase');
  return slot?.kind === 'passphrase' && isBelowDefaultParams(slot.kdf);
}

/**
 * The passphrase slot of `from` (another envelope of the same vault key, e.g. the one sync
 * carries from another browser) takes the place of `envelope`'s: the vault then opens with
 * the passphrase that opens `from`. Both seals must verify under `vaultKey`, so only a slot
 * written by someone who holds the key is ever taken; the payload is carried over untouched.
 */
export async function adoptPassphraseSlot(
  envelope: VaultEnvelope,
  vaultKey: Uint8Array,
  from: VaultEnvelope,
): Promise<VaultEnvelope> {
  return guarded(async () => {
    const decoded = decodeEnvelope(envelope);
    const source = decodeEnvelope(from);
    const key = await acceptVaultKey(decoded, vaultKey);
    try {
      await acceptVaultKey(source, vaultKey).then((proof) => wipe(proof.bytes));
      const adopted = passphraseSlotOf(source);
      const current = passphraseSlotOf(decoded);
      const slots = decoded.slots.map((slot) => (slot === current ? adopted : slot));
      return storeEnvelope(await resealEnvelope(key.cryptoKey, decoded, slots));
    } finally {
      wipe(key.bytes);
    }
  });
}

/** Whether the two envelopes' passphrase slots are the same slot, byte for byte. */
export function samePassphraseSlot(a: VaultEnvelope, b: VaultEnvelope): boolean {
  const slotOf = (envelope: VaultEnvelope) =>
    envelope.slots.find((slot) => slot.kind === 'passphrase') ?? null;
  return JSON.stringify(slotOf(a)) === JSON.stringify(slotOf(b));
}
