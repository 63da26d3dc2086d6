import { encodeBase64 } from './encoding';
import {
  ENVELOPE_CIPHER,
  ENVELOPE_FORMAT,
  ENVELOPE_VERSION,
  type DecodedEnvelope,
  type DecodedSlot,
  type StoredSlot,
  type VaultEnvelope,
} from './format';
import { ARGON2_VERSION } from './kdf';
import { KDF_HASH_BYTES } from './kdf-params';

/**
 * Decoded envelope -> the JSON-safe value `storage.local` keeps. Field order is fixed (format
 * and version first) so stored envelopes read well in devtools; nothing depends on it, since
 * the associated data is built from decoded bytes (associated-data.ts), not from this text.
 */

function storeSlot(slot: DecodedSlot): StoredSlot {
  const { id } = slot;
  const nonce = encodeBase64(slot.nonce);
  const wrappedKey = encodeBase64(slot.wrappedKey);
  if (slot.kind === 'raw') return { id, kind: 'raw', nonce, wrappedKey };
  if (slot.kind === 'passkey') {
    const credentialId = encodeBase64(slot.credentialId);
    const prfSalt = encodeBase64(slot.prfSalt);
    return { id, kind: 'passkey', credentialId, prfSalt, name: slot.name, nonce, wrappedKey };
  }
  const { salt, memoryKiB, iterations, parallelism } = slot.kdf;
  const kdf = {
    algorithm: 'argon2id',
    version: ARGON2_VERSION,
    salt: encodeBase64(salt),
    memoryKiB,
    iterations,
    parallelism,
    hashLength: KDF_HASH_BYTES,
  } as const;
  return { id, kind: 'passphrase', kdf, nonce, wrappedKey };
}

export function storeEnvelope(envelope: DecodedEnvelope): VaultEnvelope {
  return {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    cipher: ENVELOPE_CIPHER,
    slots: envelope.slots.map(storeSlot),
    headerNonce: encodeBase64(envelope.headerNonce),
    headerTag: encodeBase64(envelope.headerTag),
    nonce: encodeBase64(envelope.nonce),
    ciphertext: encodeBase64(envelope.ciphertext),
  };
}
