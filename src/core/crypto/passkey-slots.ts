import { KEY_BYTES } from './aead';
import { encodeFields, type SlotDescription } from './associated-data';
import type { Bytes } from './encoding';
import { VaultCryptoError } from './errors';
import {
  ENVELOPE_FORMAT,
  ENVELOPE_VERSION,
  MAX_PASSKEY_NAME_LENGTH,
  PRF_SALT_BYTES,
  type DecodedSlot,
} from './format';
import { newSlotId, randomBytes } from './random';
import { unwrap, wrap } from './slots';

/**
 * Passkey slots: the KEK comes from a passkey's PRF output (WebAuthn `prf` extension, the
 * authenticator's CTAP hmac-secret) for the slot's own random salt, through HKDF-SHA-256 bound
 * to the slot's id. The PRF output is already a uniformly random 32-byte secret that only the
 * authenticator can recompute, after its own user verification; HKDF keeps the KEK specific to
 * this format and slot, so the same output could never open anything else.
 */

export interface PasskeyCredential {
  readonly credentialId: Bytes;
  readonly prfSalt: Bytes;
  readonly name: string;
}

/** Trimmed, 1 to 64 characters, no control characters: it is shown in Options and stored. */
export function isPasskeyName(name: string): boolean {
  const length = Array.from(name).length;
  return (
    name === name.trim() &&
    length >= 1 &&
    length <= MAX_PASSKEY_NAME_LENGTH &&
    !/\p{Cc}/u.test(name)
  );
}

/** A fresh PRF input for a new slot. */
export function newPrfSalt(): Bytes {
  return randomBytes(PRF_SALT_BYTES);
}

async function passkeyKek(prfOutput: Bytes, slot: SlotDescription): Promise<CryptoKey> {
  if (prfOutput.length !== KEY_BYTES) {
    throw new VaultCryptoError('wrong-key', 'a passkey secret is 32 bytes');
  }
  const info = encodeFields([ENVELOPE_FORMAT, ENVELOPE_VERSION, 'passkey-kek', slot.id]);
  try {
    const base = await crypto.subtle.importKey('raw', prfOutput, 'HKDF', false, ['deriveKey']);
    return await crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
  } catch {
    throw new VaultCryptoError('crypto-unavailable');
  }
}

export async function wrapPasskeySlot(
  vaultKey: Bytes,
  credential: PasskeyCredential,
  prfOutput: Bytes,
): Promise<DecodedSlot> {
  if (!isPasskeyName(credential.name)) {
    throw new VaultCryptoError('invalid-name');
  }
  const description = { id: newSlotId(), kind: 'passkey', ...credential } as const;
  const kek = await passkeyKek(prfOutput, description);
  return { ...description, ...(await wrap(kek, vaultKey, description)) };
}

/** The vault key, or `null` when the output does not open this slot (or it was changed). */
export async function unwrapPasskeySlot(
  slot: DecodedSlot,
  prfOutput: Bytes,
): Promise<Bytes | null> {
  if (slot.kind !== 'passkey') return null;
  return unwrap(await passkeyKek(prfOutput, slot), slot);
}
