import type { Bytes } from './encoding';
import type { KdfParams } from './kdf-params';

/**
 * The vault envelope, format version 1 (docs/vault-format.md is the field-by-field reference).
 * Two shapes: `VaultEnvelope` is the JSON-safe value stored in `storage.local` (bytes as
 * base64 text); `DecodedEnvelope` is the validated in-memory form with bytes, internal to
 * crypto/. Every public operation takes the stored shape and validates it again, so an
 * unvalidated object typed as an envelope still gets typed errors.
 */

export const ENVELOPE_FORMAT = 'sonar-authenticator-vault';
export const ENVELOPE_VERSION = 1;
export const ENVELOPE_CIPHER = 'AES-256-GCM';
/** Bounds the work of one unlock attempt and the size of the header. */
export const MAX_SLOTS = 16;
/** WebAuthn credential ids are at most 1,023 bytes. */
export const MAX_CREDENTIAL_ID_BYTES = 1023;
export const PRF_SALT_BYTES = 32;
export const MAX_PASSKEY_NAME_LENGTH = 64;

export interface StoredKdfParams extends KdfParams {
  readonly algorithm: 'argon2id';
  /** The Argon2 version, 19 (0x13). */
  readonly version: 19;
  readonly salt: string;
  /** Always 32: the key-encryption key is an AES-256 key. */
  readonly hashLength: 32;
}

interface StoredSlotBase {
  /** 32 lowercase hex digits, random, unique within the envelope. */
  readonly id: string;
  /** 12 bytes, base64: the nonce of this slot's key wrap. */
  readonly nonce: string;
  /** 48 bytes, base64: the vault key encrypted with AES-256-GCM, then its 16-byte tag. */
  readonly wrappedKey: string;
}

export interface StoredPassphraseSlot extends StoredSlotBase {
  readonly kind: 'passphrase';
  readonly kdf: StoredKdfParams;
}

export interface StoredRawKeySlot extends StoredSlotBase {
  readonly kind: 'raw';
}

/** Opens with a passkey's PRF output (WebAuthn `prf` extension) for `prfSalt`. */
export interface StoredPasskeySlot extends StoredSlotBase {
  readonly kind: 'passkey';
  /** 1 to 1,023 bytes, base64: the WebAuthn credential id to ask for. */
  readonly credentialId: string;
  /** 32 bytes, base64: the PRF input, random per slot. */
  readonly prfSalt: string;
  /** 1 to 64 characters: what the user called it ("Security key", "This laptop"). */
  readonly name: string;
}

export type StoredSlot = StoredPassphraseSlot | StoredRawKeySlot | StoredPasskeySlot;
export type SlotKind = StoredSlot['kind'];

export interface VaultEnvelope {
  readonly format: typeof ENVELOPE_FORMAT;
  readonly version: typeof ENVELOPE_VERSION;
  readonly cipher: typeof ENVELOPE_CIPHER;
  readonly slots: readonly StoredSlot[];
  /** 12 bytes: the nonce of the header seal (see seal.ts). */
  readonly headerNonce: string;
  /** 16 bytes: the header seal, a GMAC tag over the header under the vault key. */
  readonly headerTag: string;
  /** 12 bytes: the payload's nonce. */
  readonly nonce: string;
  /** The payload encrypted with the vault key, then its 16-byte tag. */
  readonly ciphertext: string;
}

export interface DecodedKdfParams extends KdfParams {
  readonly salt: Bytes;
}

export type DecodedSlot =
  | {
      readonly id: string;
      readonly kind: 'passphrase';
      readonly kdf: DecodedKdfParams;
      readonly nonce: Bytes;
      readonly wrappedKey: Bytes;
    }
  | {
      readonly id: string;
      readonly kind: 'raw';
      readonly nonce: Bytes;
      readonly wrappedKey: Bytes;
    }
  | {
      readonly id: string;
      readonly kind: 'passkey';
      readonly credentialId: Bytes;
      readonly prfSalt: Bytes;
      readonly name: string;
      readonly nonce: Bytes;
      readonly wrappedKey: Bytes;
    };

export interface DecodedEnvelope {
  readonly slots: readonly DecodedSlot[];
  readonly headerNonce: Bytes;
  readonly headerTag: Bytes;
  readonly nonce: Bytes;
  readonly ciphertext: Bytes;
}
