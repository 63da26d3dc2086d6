import browser from 'webextension-polyfill';
import { parseEnvelope, type VaultEnvelope } from '../../core/crypto';
import { VaultCryptoError } from '../../core/crypto';
import type { StoredVault } from '../../core/vault/open-generation';

/**
 * Where the encrypted vault lives in storage.local (DESIGN 4.1, 4.7). The envelope is the
 * only vault data ever written there: no secret, issuer or account name in clear.
 *
 * Writes keep the previous good generation: one `set` call stores the new envelope and moves
 * the current one to `vaultPrevious`, so a write cut short leaves one of them readable.
 */

const CURRENT = 'vault';
const PREVIOUS = 'vaultPrevious';

export type { StoredVault };

export class VaultStorageError extends Error {
  override readonly name = 'VaultStorageError';
  constructor(
    /** For the UI, which says it in its own language. */
    readonly reason: 'storage-full' | 'storage-damaged' | null,
    message: string,
  ) {
    super(message);
  }
}

export async function readStoredVault(): Promise<StoredVault | null> {
  const stored = await browser.storage.local.get([CURRENT, PREVIOUS]);
  if (stored[CURRENT] === undefined && stored[PREVIOUS] === undefined) return null;
  const current = tryParse(stored[CURRENT]);
  const previous = tryParse(stored[PREVIOUS]);
  if (current) return { envelope: current, recovered: false, previous };
  if (previous) return { envelope: previous, recovered: true, previous: null };
  throw new VaultStorageError(
    'storage-damaged',
    'The stored vault is damaged and cannot be read. It has been left as it is.',
  );
}

/**
 * The newest generation alone, for the popup's first view (popup/local-overview.ts): half the
 * reading of a large vault. Null when there is none or it is damaged: the worker, which reads
 * both generations and falls back to the previous one, decides then.
 */
export async function readNewestVault(): Promise<StoredVault | null> {
  const envelope = tryParse((await browser.storage.local.get(CURRENT))[CURRENT]);
  return envelope && { envelope, recovered: false, previous: null };
}

/** `alongside`: items that must change together with the vault (sync's state), in the same call. */
export async function writeVault(
  next: VaultEnvelope,
  current: VaultEnvelope | null,
  alongside: Readonly<Record<string, unknown>> = {},
) {
  try {
    await browser.storage.local.set(
      current
        ? { ...alongside, [CURRENT]: next, [PREVIOUS]: current }
        : { ...alongside, [CURRENT]: next },
    );
  } catch (error) {
    // Quota and other storage failures: the old generation is untouched (one set call).
    const full = error instanceof Error && /quota/i.test(error.message);
    throw new VaultStorageError(
      full ? 'storage-full' : null,
      `The vault could not be saved${full ? ' (storage is full)' : ''}. Your last saved accounts are kept.`,
    );
  }
}

function tryParse(value: unknown): VaultEnvelope | null {
  if (value === undefined) return null;
  try {
    return parseEnvelope(value);
  } catch (error) {
    if (error instanceof VaultCryptoError) return null;
    throw error;
  }
}
