import { decryptPayload, VaultCryptoError, type VaultEnvelope } from '../crypto';
import type { VaultData } from './entry';
import { VaultError } from './errors';
import { parseVault } from './serialize';

/**
 * Opening the stored vault with its key (DESIGN 4.7): the newest generation, or the previous
 * one when the newest turns out damaged. Written once for the worker, which opens the vault,
 * and for the popup, which reads it straight from storage as it opens.
 */

/** The vault as read from storage.local (background/vault/vault-storage.ts). */
export interface StoredVault {
  /** The newest generation whose structure is intact. */
  readonly envelope: VaultEnvelope;
  /** True when the current generation was damaged and the previous one was read instead. */
  readonly recovered: boolean;
  /**
   * The previous generation, while the current one has only been parsed: its ciphertext may
   * still turn out damaged when it is decrypted (`openStoredVault` falls back to this then).
   */
  readonly previous: VaultEnvelope | null;
}

export interface OpenedGeneration {
  readonly envelope: VaultEnvelope;
  readonly data: VaultData;
  /** Opened from the previous generation because the newest one was damaged. */
  readonly recovered: boolean;
}

/**
 * Opens the newest generation, or the previous one when the newest cannot be decrypted or
 * read. Throws the VaultCryptoError or VaultError of the generation it tried last.
 */
export async function openStoredVault(
  vault: StoredVault,
  key: Uint8Array,
): Promise<OpenedGeneration> {
  try {
    const data = await openEnvelope(vault.envelope, key);
    return { envelope: vault.envelope, data, recovered: vault.recovered };
  } catch (error) {
    const { previous } = vault;
    if (!previous || !isDamage(error)) throw error;
    return { envelope: previous, data: await openEnvelope(previous, key), recovered: true };
  }
}

/** Damage, which the previous generation may not have; not a wrong passphrase. */
function isDamage(error: unknown): boolean {
  if (error instanceof VaultError) return true;
  return error instanceof VaultCryptoError && error.code !== 'wrong-passphrase';
}

async function openEnvelope(envelope: VaultEnvelope, key: Uint8Array): Promise<VaultData> {
  return parseVault(await decryptPayload(envelope, key));
}
