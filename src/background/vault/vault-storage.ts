import browser from 'webextension-polyfill';
import { parseEnvelope, type VaultEnvelope } from '../../core/crypto';
import { VaultCryptoError } from '../../core/crypto';

/**
 * Where the encrypted vault lives in storage.local (DESIGN 4.1, 4.7). The envelope is the
 * only vault data ever written there: no secret, issuer or account name in clear.
 *
 * Writes keep the previous good generation: one `set` call stores the new envelope and moves
 * the current one to `vaultPrevious`, so a write cut short leaves one of them readable.
 */

const CURRENT = 'vault';
const PREVIOUS = 'vaultPrevious';

export interface StoredVault {
  /** The newest generation whose structure is intact. */
  readonly envelope: VaultEnvelope;
  /** True when the current generation was damaged and the previous one was read instead. */
  readonly recovered: boolean;
  /**
   * The previous generation, while the current one has only been parsed: its ciphertext may
   * still turn out damaged when it is decrypted (vault-service falls back to this then).
   */
  readonly previous: VaultEnvelope | null;
}

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
