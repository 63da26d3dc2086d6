import { aesGcmDecrypt, importAesKey, KEY_BYTES } from './aead';
import {
  acceptVaultKey,
  assembleEnvelope,
  openedVaultKey,
  openPassphraseSlot,
  passphraseSlotOf,
} from './assemble';
import { payloadAssociatedData } from './associated-data';
import { copyBytes, sameBytes, wipe } from './bytes';
import { guarded, VaultCryptoError } from './errors';
import type { VaultEnvelope } from './format';
import { checkKdfParamsForCreation, DEFAULT_KDF_PARAMS, type KdfParams } from './kdf-params';
import { decodeEnvelope } from './parse';
import { randomBytes } from './random';
import { storeEnvelope } from './serialize';
import { unwrapPasskeySlot } from './passkey-slots';
import { unwrapRawKeySlot, wrapPassphraseSlot } from './slots';

/**
 * The vault envelope's main operations (DESIGN 4.1): pure async
 * functions over data, no storage. The payload is opaque bytes (vault.ts serialises entries).
 * The vault key crosses this boundary as raw bytes because the service worker keeps it in
 * `storage.session`, which holds bytes, not CryptoKey objects; whoever holds it wipes it.
 * Every failure is a VaultCryptoError; anything unexpected becomes 'crypto-unavailable'.
 */

export interface CreateVaultOptions {
  readonly passphrase: string;
  /** Argon2id cost; never below MIN_KDF_PARAMS. Defaults to DEFAULT_KDF_PARAMS. */
  readonly kdfParams?: KdfParams;
}

export interface CreatedVault {
  readonly envelope: VaultEnvelope;
  readonly vaultKey: Uint8Array;
}

/** A new vault key, a passphrase slot, and `payload` encrypted under it. */
export async function createVault(
  payload: Uint8Array,
  { passphrase, kdfParams = DEFAULT_KDF_PARAMS }: CreateVaultOptions,
): Promise<CreatedVault> {
  return guarded(async () => {
    checkKdfParamsForCreation(kdfParams);
    const vaultKey = randomBytes(KEY_BYTES);
    try {
      const slot = await wrapPassphraseSlot(vaultKey, passphrase, kdfParams);
      const cryptoKey = await importAesKey(vaultKey);
      const envelope = await assembleEnvelope(cryptoKey, [slot], copyBytes(payload));
      return { envelope: storeEnvelope(envelope), vaultKey };
    } catch (error) {
      wipe(vaultKey);
      throw error;
    }
  });
}

export async function unlockWithPassphrase(
  envelope: VaultEnvelope,
  passphrase: string,
): Promise<Uint8Array> {
  return guarded(
    async () => (await openPassphraseSlot(decodeEnvelope(envelope), passphrase)).bytes,
  );
}

/** Tries `key` on every raw slot (cheap: one AES-GCM each, at most MAX_SLOTS). */
export async function unlockWithRawKey(
  envelope: VaultEnvelope,
  key: Uint8Array,
): Promise<Uint8Array> {
  return guarded(async () => {
    const decoded = decodeEnvelope(envelope);
    if (key.length !== KEY_BYTES) throw new VaultCryptoError('wrong-key', 'a raw key is 32 bytes');
    const rawKey = copyBytes(key);
    const kek = await importAesKey(rawKey).finally(() => wipe(rawKey));
    for (const slot of decoded.slots) {
      const vaultKey = await unwrapRawKeySlot(slot, kek);
      if (vaultKey) return (await openedVaultKey(decoded, vaultKey)).bytes;
    }
    throw new VaultCryptoError('wrong-key');
  });
}

/** The vault key from the slot of `credentialId`, opened with that passkey's PRF output. */
export async function unlockWithPasskey(
  envelope: VaultEnvelope,
  credentialId: Uint8Array,
  prfOutput: Uint8Array,
): Promise<Uint8Array> {
  return guarded(async () => {
    const decoded = decodeEnvelope(envelope);
    const slot = decoded.slots.find(
      (candidate) =>
        candidate.kind === 'passkey' && sameBytes(candidate.credentialId, credentialId),
    );
    if (!slot) throw new VaultCryptoError('slot-not-found', 'no slot for this passkey');
    const output = copyBytes(prfOutput);
    const vaultKey = await unwrapPasskeySlot(slot, output).finally(() => wipe(output));
    if (!vaultKey) throw new VaultCryptoError('wrong-key');
    return (await openedVaultKey(decoded, vaultKey)).bytes;
  });
}

/** What the locked vault tells about its passkeys: enough to ask for one, nothing secret. */
export interface PasskeySlotInfo {
  readonly slotId: string;
  readonly name: string;
  /** base64 */
  readonly credentialId: string;
  /** base64 */
  readonly prfSalt: string;
}

export function passkeySlots(envelope: VaultEnvelope): PasskeySlotInfo[] {
  return envelope.slots.flatMap((slot) =>
    slot.kind === 'passkey'
      ? [
          {
            slotId: slot.id,
            name: slot.name,
            credentialId: slot.credentialId,
            prfSalt: slot.prfSalt,
          },
        ]
      : [],
  );
}

export async function decryptPayload(
  envelope: VaultEnvelope,
  vaultKey: Uint8Array,
): Promise<Uint8Array> {
  return guarded(async () => {
    const decoded = decodeEnvelope(envelope);
    const key = await acceptVaultKey(decoded, vaultKey);
    wipe(key.bytes); // only the CryptoKey is needed from here
    const associatedData = payloadAssociatedData();
    const payload = await aesGcmDecrypt(
      key.cryptoKey,
      decoded.nonce,
      decoded.ciphertext,
      associatedData,
    );
    if (!payload) throw new VaultCryptoError('tampered', 'the payload does not authenticate');
    return payload;
  });
}

/** A new envelope: the same slots, `payload` under a fresh nonce, a new seal. */
export async function encryptPayload(
  envelope: VaultEnvelope,
  vaultKey: Uint8Array,
  payload: Uint8Array,
): Promise<VaultEnvelope> {
  return guarded(async () => {
    const decoded = decodeEnvelope(envelope);
    const key = await acceptVaultKey(decoded, vaultKey);
    wipe(key.bytes);
    return storeEnvelope(await assembleEnvelope(key.cryptoKey, decoded.slots, copyBytes(payload)));
  });
}

/**
 * `payload` under the same vault key and passphrase slot, with no other slot: a copy that
 * opens with the vault's passphrase and nothing else (the backup file), written without
 * asking for the passphrase again.
 */
export async function encryptForPassphraseSlot(
  envelope: VaultEnvelope,
  vaultKey: Uint8Array,
  payload: Uint8Array,
): Promise<VaultEnvelope> {
  return guarded(async () => {
    const decoded = decodeEnvelope(envelope);
    const key = await acceptVaultKey(decoded, vaultKey);
    wipe(key.bytes);
    const slots = [passphraseSlotOf(decoded)];
    return storeEnvelope(await assembleEnvelope(key.cryptoKey, slots, copyBytes(payload)));
  });
}
