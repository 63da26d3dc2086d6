import { encodeHex, type Bytes } from './encoding';
import { VaultCryptoError } from './errors';

/**
 * Randomness from WebCrypto (`crypto.getRandomValues`), available in Node 20, extension pages
 * and service workers alike. Never Math.random: every value here is a key, salt or nonce.
 */
export function randomBytes(length: number): Bytes {
  try {
    return crypto.getRandomValues(new Uint8Array(length));
  } catch {
    throw new VaultCryptoError('crypto-unavailable');
  }
}

/** Slot ids: 128 random bits as 32 lowercase hex digits (they only need to be unique). */
export function newSlotId(): string {
  return encodeHex(randomBytes(16));
}

export const SLOT_ID_PATTERN = /^[0-9a-f]{32}$/;
