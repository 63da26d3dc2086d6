import {
  decryptPayload,
  encryptForPassphraseSlot,
  parseEnvelope,
  unlockWithPassphrase,
  VaultCryptoError,
  type VaultEnvelope,
} from '../crypto';
import { isRecord } from '../vault/validate-params';
import { isDeviceId } from './codec';
import { SYNC_FORMAT, SYNC_VERSION } from './items';

/**
 * The key item of storage.sync (`key`): the vault's passphrase slot, as a small envelope of the
 * vault (docs/vault-format.md) whose payload names the synced set, the slot's generation and
 * the device that wrote it. Its header seal proves, to whoever holds the vault key, that the
 * slot was written by someone who held it too; its passphrase opens the vault key to a browser
 * that joins. A passphrase change anywhere writes a new generation.
 */

export const KEY_ITEM = 'key';

export interface KeyItem {
  readonly format: typeof SYNC_FORMAT;
  readonly version: typeof SYNC_VERSION;
  /** Random id of the synced set: a reset elsewhere starts another one. */
  readonly set: string;
  readonly gen: number;
  readonly by: string;
  readonly key: VaultEnvelope;
}

interface KeyItemPayload {
  readonly set: string;
  readonly gen: number;
  readonly by: string;
}

const SET_ID = /^[0-9a-f]{32}$/;

/** A new key item from the open vault's envelope (its passphrase slot only). */
export async function writeKeyItem(
  envelope: VaultEnvelope,
  vaultKey: Uint8Array,
  payload: KeyItemPayload,
): Promise<KeyItem> {
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  const key = await encryptForPassphraseSlot(envelope, vaultKey, bytes);
  return { format: SYNC_FORMAT, version: SYNC_VERSION, ...payload, key };
}

/** The stored value as a key item, or null (absent, damaged, another version). */
export function readKeyItem(value: unknown): KeyItem | null {
  if (!isRecord(value) || value.format !== SYNC_FORMAT || value.version !== SYNC_VERSION)
    return null;
  const { set, gen, by } = value;
  if (typeof set !== 'string' || !SET_ID.test(set)) return null;
  // A generation per passphrase change: 2^31 leaves room for any real history, and no item
  // can push the next one past what this check accepts.
  if (!Number.isSafeInteger(gen) || (gen as number) < 1 || (gen as number) >= 2 ** 31) return null;
  if (!isDeviceId(by)) return null;
  try {
    return {
      format: SYNC_FORMAT,
      version: SYNC_VERSION,
      set,
      gen: gen as number,
      by,
      key: parseEnvelope(value.key),
    };
  } catch (error) {
    if (error instanceof VaultCryptoError) return null;
    throw error;
  }
}

/** Whether `vaultKey` sealed this item and its clear fields are the ones it sealed. */
export async function isGenuineKeyItem(item: KeyItem, vaultKey: Uint8Array): Promise<boolean> {
  try {
    const payload: unknown = JSON.parse(
      new TextDecoder().decode(await decryptPayload(item.key, vaultKey)),
    );
    return (
      isRecord(payload) &&
      payload.set === item.set &&
      payload.gen === item.gen &&
      payload.by === item.by
    );
  } catch (error) {
    if (error instanceof VaultCryptoError || error instanceof SyntaxError) return false;
    throw error;
  }
}

/** The vault key the passphrase opens (a VaultCryptoError 'wrong-passphrase' otherwise). */
export async function openKeyItem(item: KeyItem, passphrase: string): Promise<Uint8Array> {
  const vaultKey = await unlockWithPassphrase(item.key, passphrase);
  if (await isGenuineKeyItem(item, vaultKey)) return vaultKey;
  vaultKey.fill(0);
  throw new VaultCryptoError('tampered', 'the key item does not match its seal');
}

export function newSetId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}
