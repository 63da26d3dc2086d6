import { buildOtpauthUri } from '../../core/otpauth';
import { entryById } from '../../core/vault';
import { withVaultErrors } from '../vault/vault-errors';
import { confirmPassphrase } from '../vault/vault-service';

/** "Show QR code": one account's otpauth:// URI, once the passphrase is proven again. */
export async function exportAccountUri(passphrase: string, id: string): Promise<{ uri: string }> {
  const data = await confirmPassphrase(passphrase);
  const entry = await withVaultErrors(() => Promise.resolve(entryById(data, id)));
  return { uri: buildOtpauthUri(entry) };
}
