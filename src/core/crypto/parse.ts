import { TAG_BYTES, KEY_BYTES, NONCE_BYTES } from './aead';
import { decodeBase64, encodeBase64, type Bytes } from './encoding';
import { VaultCryptoError } from './errors';
import {
  ENVELOPE_CIPHER,
  ENVELOPE_FORMAT,
  ENVELOPE_VERSION,
  MAX_CREDENTIAL_ID_BYTES,
  MAX_SLOTS,
  PRF_SALT_BYTES,
  type DecodedEnvelope,
  type DecodedKdfParams,
  type DecodedSlot,
  type VaultEnvelope,
} from './format';
import { ARGON2_VERSION } from './kdf';
import {
  checkKdfParamsBounds,
  KDF_HASH_BYTES,
  KDF_SALT_BYTES,
  KDF_SALT_BYTES_MAX,
} from './kdf-params';
import { isPasskeyName } from './passkey-slots';
import { SLOT_ID_PATTERN } from './random';
import { storeEnvelope } from './serialize';

/**
 * Stored value -> validated, decoded envelope. Strict: every field is checked, unknown fields
 * are rejected (a new field means a new format version), and every failure is a typed error.
 * The version is read before the rest of the shape, so a future version's different shape
 * reports 'unsupported-version' rather than 'corrupt-envelope'.
 */

type Fields = Record<string, unknown>;

function corrupt(detail: string): VaultCryptoError {
  return new VaultCryptoError('corrupt-envelope', detail);
}

function object(value: unknown, where: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw corrupt(`${where} is not an object`);
  }
  return value as Fields;
}

/** The object, if it has exactly these fields. */
function record(value: unknown, where: string, keys: readonly string[]): Fields {
  const fields = object(value, where);
  const present = Object.keys(fields);
  const unexpected = present.find((key) => !keys.includes(key));
  if (unexpected !== undefined) throw corrupt(`${where} has an unknown field`);
  const missing = keys.find((key) => !present.includes(key));
  if (missing !== undefined) throw corrupt(`${where}.${missing} is missing`);
  return fields;
}

function bytes(value: unknown, where: string, min: number, max = min): Bytes {
  const decoded = typeof value === 'string' ? decodeBase64(value) : null;
  if (decoded === null) throw corrupt(`${where} is not base64`);
  if (decoded.length < min || decoded.length > max) throw corrupt(`${where} has the wrong length`);
  return decoded;
}

function integer(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw corrupt(`${where} is not an integer`);
  }
  return value;
}

function parseKdf(value: unknown, where: string): DecodedKdfParams {
  const fields = record(value, where, [
    'algorithm',
    'version',
    'salt',
    'memoryKiB',
    'iterations',
    'parallelism',
    'hashLength',
  ]);
  if (fields.algorithm !== 'argon2id') throw corrupt(`${where}.algorithm is unknown`);
  if (fields.version !== ARGON2_VERSION) throw corrupt(`${where}.version is unknown`);
  if (fields.hashLength !== KDF_HASH_BYTES) throw corrupt(`${where}.hashLength is not 32`);
  const cost = {
    memoryKiB: integer(fields.memoryKiB, `${where}.memoryKiB`),
    iterations: integer(fields.iterations, `${where}.iterations`),
    parallelism: integer(fields.parallelism, `${where}.parallelism`),
  };
  checkKdfParamsBounds(cost);
  return { ...cost, salt: bytes(fields.salt, `${where}.salt`, KDF_SALT_BYTES, KDF_SALT_BYTES_MAX) };
}

const SLOT_FIELDS = {
  passphrase: ['kdf'],
  raw: [],
  passkey: ['credentialId', 'prfSalt', 'name'],
} as const satisfies Record<DecodedSlot['kind'], readonly string[]>;

function isSlotKind(kind: unknown): kind is DecodedSlot['kind'] {
  return typeof kind === 'string' && Object.hasOwn(SLOT_FIELDS, kind);
}

function passkeyName(value: unknown, where: string): string {
  if (typeof value !== 'string' || !isPasskeyName(value)) throw corrupt(`${where} is not valid`);
  return value;
}

function parseSlot(value: unknown, index: number): DecodedSlot {
  const where = `slots[${index}]`;
  const kind = object(value, where).kind;
  // A kind added later (it never leaves the browser that wrote it, see docs/vault-format.md)
  // means a newer extension wrote this vault: "update", not "damaged".
  if (typeof kind === 'string' && !isSlotKind(kind)) {
    throw new VaultCryptoError('unsupported-version', `${where}.kind is unknown`);
  }
  if (!isSlotKind(kind)) throw corrupt(`${where}.kind is not valid`);
  const fields = record(value, where, ['id', 'kind', 'nonce', 'wrappedKey', ...SLOT_FIELDS[kind]]);
  if (typeof fields.id !== 'string' || !SLOT_ID_PATTERN.test(fields.id)) {
    throw corrupt(`${where}.id is not valid`);
  }
  const slot = {
    id: fields.id,
    nonce: bytes(fields.nonce, `${where}.nonce`, NONCE_BYTES),
    wrappedKey: bytes(fields.wrappedKey, `${where}.wrappedKey`, KEY_BYTES + TAG_BYTES),
  };
  if (kind === 'passphrase') return { ...slot, kind, kdf: parseKdf(fields.kdf, `${where}.kdf`) };
  if (kind === 'raw') return { ...slot, kind };
  return {
    ...slot,
    kind,
    credentialId: bytes(fields.credentialId, `${where}.credentialId`, 1, MAX_CREDENTIAL_ID_BYTES),
    prfSalt: bytes(fields.prfSalt, `${where}.prfSalt`, PRF_SALT_BYTES),
    name: passkeyName(fields.name, `${where}.name`),
  };
}

function parseSlots(value: unknown): DecodedSlot[] {
  if (!Array.isArray(value)) throw corrupt('slots is not a list');
  if (value.length === 0) throw corrupt('there are no slots');
  if (value.length > MAX_SLOTS) throw corrupt('there are too many slots');
  const slots = value.map((slot, index) => parseSlot(slot, index));
  if (new Set(slots.map((slot) => slot.id)).size !== slots.length) {
    throw corrupt('two slots have the same id');
  }
  if (slots.filter((slot) => slot.kind === 'passphrase').length > 1) {
    throw corrupt('there is more than one passphrase slot');
  }
  const credentials = slots.flatMap((slot) =>
    slot.kind === 'passkey' ? [encodeBase64(slot.credentialId)] : [],
  );
  if (new Set(credentials).size !== credentials.length) {
    throw corrupt('two slots have the same passkey');
  }
  return slots;
}

export function decodeEnvelope(value: unknown): DecodedEnvelope {
  try {
    const outline = object(value, 'the envelope');
    if (outline.format !== ENVELOPE_FORMAT) throw corrupt('it is not a vault');
    const version = integer(outline.version, 'version');
    if (version > ENVELOPE_VERSION) throw new VaultCryptoError('unsupported-version');
    if (version < 1) throw corrupt('version is not valid');
    const fields = record(value, 'the envelope', [
      'format',
      'version',
      'cipher',
      'slots',
      'headerNonce',
      'headerTag',
      'nonce',
      'ciphertext',
    ]);
    if (fields.cipher !== ENVELOPE_CIPHER) throw corrupt('cipher is unknown');
    return {
      slots: parseSlots(fields.slots),
      headerNonce: bytes(fields.headerNonce, 'headerNonce', NONCE_BYTES),
      headerTag: bytes(fields.headerTag, 'headerTag', TAG_BYTES),
      nonce: bytes(fields.nonce, 'nonce', NONCE_BYTES),
      ciphertext: bytes(fields.ciphertext, 'ciphertext', TAG_BYTES, Number.MAX_SAFE_INTEGER),
    };
  } catch (error) {
    // A getter or proxy in a value that did not come from JSON must not escape untyped.
    if (error instanceof VaultCryptoError) throw error;
    throw corrupt('it could not be read');
  }
}

/** A stored value (from `storage.local`) checked and returned as a fresh, well-typed envelope. */
export function parseEnvelope(value: unknown): VaultEnvelope {
  return storeEnvelope(decodeEnvelope(value));
}

/** The same for JSON text, e.g. a backup file. */
export function parseEnvelopeJson(text: string): VaultEnvelope {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw corrupt('it is not JSON');
  }
  return parseEnvelope(value);
}
