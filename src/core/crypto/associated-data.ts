import { concatBytes } from './bytes';
import { encodeUtf8, type Bytes } from './encoding';
import { ENVELOPE_CIPHER, ENVELOPE_FORMAT, ENVELOPE_VERSION, type DecodedSlot } from './format';
import { ARGON2_VERSION } from './kdf';
import { KDF_HASH_BYTES } from './kdf-params';

/**
 * The associated data of the envelope's three AES-GCM uses (docs/vault-format.md, "Associated
 * data"). Built from decoded values, never from JSON text, so no canonical-JSON question
 * arises: each field is a 4-byte big-endian length followed by its bytes (strings UTF-8,
 * numbers as 4-byte big-endian unsigned integers). Every construction starts with the format
 * name, the version and a purpose label, so a tag made for one purpose never verifies for
 * another and a tag made by version 1 never verifies for version 2.
 */

type Field = string | number | Uint8Array;

function fieldBytes(field: Field): Uint8Array {
  if (typeof field === 'string') return encodeUtf8(field);
  if (typeof field !== 'number') return field;
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, field);
  return bytes;
}

export function encodeFields(fields: readonly Field[]): Bytes {
  return concatBytes(
    fields.flatMap((field) => {
      const bytes = fieldBytes(field);
      return [fieldBytes(bytes.length), bytes];
    }),
  );
}

/** What a slot is, before and after its key is wrapped. */
export type SlotDescription =
  | Pick<Extract<DecodedSlot, { kind: 'raw' }>, 'id' | 'kind'>
  | Pick<Extract<DecodedSlot, { kind: 'passphrase' }>, 'id' | 'kind' | 'kdf'>
  | Pick<
      Extract<DecodedSlot, { kind: 'passkey' }>,
      'id' | 'kind' | 'credentialId' | 'prfSalt' | 'name'
    >;

function describeSlot(slot: SlotDescription): Field[] {
  const fields: Field[] = ['slot', slot.id, slot.kind];
  if (slot.kind === 'passphrase') {
    const { salt, memoryKiB, iterations, parallelism } = slot.kdf;
    fields.push('argon2id', ARGON2_VERSION, salt, memoryKiB, iterations, parallelism);
    fields.push(KDF_HASH_BYTES);
  }
  if (slot.kind === 'passkey') fields.push(slot.credentialId, slot.prfSalt, slot.name);
  return fields;
}

/** Binds a wrapped key to its slot's id, kind and KDF parameters. */
export function slotAssociatedData(slot: SlotDescription): Bytes {
  return encodeFields([ENVELOPE_FORMAT, ENVELOPE_VERSION, ...describeSlot(slot)]);
}

/** The payload's: format, version and cipher. The rest of the header is in the seal. */
export function payloadAssociatedData(): Bytes {
  return encodeFields([ENVELOPE_FORMAT, ENVELOPE_VERSION, 'payload', ENVELOPE_CIPHER]);
}

/** The header seal's: everything stored except the seal itself and the payload ciphertext. */
export function headerAssociatedData(slots: readonly DecodedSlot[], payloadNonce: Bytes): Bytes {
  const slotFields = slots.map((slot) =>
    encodeFields([...describeSlot(slot), slot.nonce, slot.wrappedKey]),
  );
  return encodeFields([
    ENVELOPE_FORMAT,
    ENVELOPE_VERSION,
    'header',
    ENVELOPE_CIPHER,
    slots.length,
    ...slotFields,
    payloadNonce,
  ]);
}
