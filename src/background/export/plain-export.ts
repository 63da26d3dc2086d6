import { writeAegisPlain } from '../../core/formats/aegis-write';
import { plainExportFileName } from '../../core/formats/file-names';
import { writeOtpauthList } from '../../core/formats/otpauth-list';
import type { FileToSave } from '../../shared/model/backup';
import type { PlainExportFormat } from '../../shared/model/export';
import { confirmPassphrase } from '../vault/vault-service';

/**
 * The whole vault unencrypted, for another app: otpauth:// links one per line, or an Aegis
 * plain vault (which Aegis, 2FAS and others import). Only with the passphrase given again;
 * the page has said plainly that the file holds every secret in the clear (DESIGN 4.9).
 */
export async function exportPlain(
  passphrase: string,
  format: PlainExportFormat,
): Promise<FileToSave> {
  const { entries } = await confirmPassphrase(passphrase);
  const text = format === 'aegis' ? writeAegisPlain(entries) : writeOtpauthList(entries);
  return { fileName: plainExportFileName(format, Date.now()), text };
}
