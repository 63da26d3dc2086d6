/**
 * The vault envelope (DESIGN 4.1; format in docs/vault-format.md).
 * Only these exports are for the rest of the extension. The other files of crypto/ are
 * internal: slots.ts in particular builds slots without the KDF floor, for tests only.
 */
export {
  createVault,
  decryptPayload,
  encryptForPassphraseSlot,
  encryptPayload,
  passkeySlots,
  unlockWithPasskey,
  unlockWithPassphrase,
  unlockWithRawKey,
} from './envelope';
export type { CreatedVault, CreateVaultOptions, PasskeySlotInfo } from './envelope';
export { isPasskeyName, newPrfSalt, type PasskeyCredential } from './passkey-slots';
export {
  addPasskeySlot,
  addRawKeySlot,
  adoptPassphraseSlot,
  changePassphrase,
  needsKdfUpgrade,
  removeSlot,
  samePassphraseSlot,
} from './slot-operations';
export { parseEnvelope, parseEnvelopeJson } from './parse';
export { itemKey, openItem, sealItem, type ItemLabel, type SealedItem } from './items';
export { VaultCryptoError, type VaultCryptoErrorCode } from './errors';
export {
  DEFAULT_KDF_PARAMS,
  passphraseSlotCostsNoMore,
  KDF_PARAMS_BOUNDS,
  MIN_KDF_PARAMS,
  type KdfParams,
} from './kdf-params';
export {
  ENVELOPE_CIPHER,
  ENVELOPE_FORMAT,
  ENVELOPE_VERSION,
  MAX_SLOTS,
  type SlotKind,
  type StoredKdfParams,
  MAX_PASSKEY_NAME_LENGTH,
  type StoredPasskeySlot,
  type StoredPassphraseSlot,
  type StoredRawKeySlot,
  type StoredSlot,
  type VaultEnvelope,
} from './format';
