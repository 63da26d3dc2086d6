import { lastBackupItem } from '../background/backup/backup-status';
import { activeTabPortalOrigin } from '../background/tab-portals';
import { readSessionKey } from '../background/vault/session-key';
import { readNewestVault } from '../background/vault/vault-storage';
import { openStoredVault } from '../core/vault/open-generation';
import { unlockedOverview, type UnlockedOverview } from '../core/vault/overview';

/**
 * The unlocked vault's overview, built by the popup itself as it opens, so the first codes
 * show without waiting for the worker to wake and answer. The popup is a trusted extension
 * page: it may read the vault key the worker keeps in storage.session (DESIGN 4.2). It reads
 * the same items as the worker and builds the overview with the same core function, so both
 * show the same accounts in the same order with the same codes; the worker's `vault/overview`
 * still answers and replaces this one. The decrypted data is not kept.
 *
 * The first `firstRows` accounts with their codes (the rows on screen), as the worker's answer
 * to the same request. Read only:
 * nothing here writes to storage. Null whenever the vault is not plainly unlocked and readable
 * (no key, no vault, a damaged newest generation, a key that does not open it): the worker's
 * answer decides then, as it always did (it also reads the previous generation).
 */
export async function readLocalOverview(
  firstRows: number,
  /** Aborted once the worker has answered: the rest of the work would be wasted. */
  signal: AbortSignal,
): Promise<UnlockedOverview | null> {
  let key: Uint8Array | null = null;
  try {
    const [sessionKey, vault, activeOrigin, lastBackupAt] = await Promise.all([
      readSessionKey(),
      readNewestVault(),
      activeTabPortalOrigin(),
      lastBackupItem.get(),
    ]);
    key = sessionKey;
    if (!key || !vault) return null;
    signal.throwIfAborted();
    const { data, recovered } = await openStoredVault(vault, key);
    signal.throwIfAborted();
    return unlockedOverview(data, { activeOrigin, recovered, lastBackupAt }, Date.now(), firstRows);
  } catch {
    return null;
  } finally {
    key?.fill(0);
  }
}
