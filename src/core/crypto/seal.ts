import { aesGcmDecrypt, aesGcmEncrypt, NONCE_BYTES } from './aead';
import { headerAssociatedData } from './associated-data';
import type { Bytes } from './encoding';
import type { DecodedEnvelope, DecodedSlot } from './format';
import { randomBytes } from './random';

/**
 * The header seal: AES-256-GCM under the vault key with an empty plaintext and the whole
 * header (every slot, every field, and the payload nonce) as associated data, i.e. a GMAC tag.
 *
 * Why a seal and not the header as the payload's associated data: we want the slots
 * bound (tampering with any header field must fail) AND a passphrase change that rewraps its
 * slot without re-encrypting the payload. Binding the slots into the payload's tag would force
 * re-encryption on every slot change; the seal is recomputed instead (it needs the vault key,
 * so nobody without it can add, drop, reorder or edit a slot unnoticed). Its nonce is fresh
 * and random like every other nonce under the vault key; its label ('header') differs from
 * the payload's ('payload'), so one tag can never stand in for the other.
 */

export async function sealHeader(
  vaultKey: CryptoKey,
  slots: readonly DecodedSlot[],
  payloadNonce: Bytes,
): Promise<{ headerNonce: Bytes; headerTag: Bytes }> {
  const headerNonce = randomBytes(NONCE_BYTES);
  const associatedData = headerAssociatedData(slots, payloadNonce);
  const headerTag = await aesGcmEncrypt(vaultKey, headerNonce, new Uint8Array(0), associatedData);
  return { headerNonce, headerTag };
}

/** True when `vaultKey` made this header's seal and nothing in the header changed since. */
export async function headerIsIntact(
  vaultKey: CryptoKey,
  envelope: DecodedEnvelope,
): Promise<boolean> {
  const associatedData = headerAssociatedData(envelope.slots, envelope.nonce);
  const empty = await aesGcmDecrypt(
    vaultKey,
    envelope.headerNonce,
    envelope.headerTag,
    associatedData,
  );
  return empty !== null;
}
