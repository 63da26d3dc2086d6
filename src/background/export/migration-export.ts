import { exportForPhone } from '../../core/migration';
import { LIMITS, type VaultEntry } from '../../core/vault';
import type { MigrationExport } from '../../shared/model/export';
import { RequestError } from '../router';
import { confirmPassphrase } from '../vault/vault-service';

/** The most accounts one request may name: the vault's own limit. */
export const MAX_EXPORT_IDS = LIMITS.entries;

/**
 * "Move to phone": the chosen accounts, in the vault's order, as Google Authenticator export
 * QR code texts, once the passphrase is proven again (DESIGN 4.9).
 */
export async function exportMigration(
  passphrase: string,
  ids: readonly string[],
): Promise<MigrationExport> {
  const data = await confirmPassphrase(passphrase);
  const wanted = new Set(ids);
  const chosen = data.entries.filter((entry) => wanted.has(entry.id));
  // An id the vault no longer holds (removed in another popup): the user chose it, so say so.
  if (chosen.length !== wanted.size) {
    throw new RequestError('not-found', 'A chosen account is no longer in the vault.');
  }
  const { batches, unrepresentable } = exportForPhone(chosen);
  return { batches, unrepresentable: unrepresentable.map(nameOf) };
}

function nameOf({ id, issuer, account }: VaultEntry) {
  return { id, issuer, account };
}
