import { t } from '../../shared/i18n';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Icon } from '../ui/Icon';
import type { FoundAccounts } from './import-result';
import { useTabScan } from './use-tab-scan';

interface ImportToolsProps {
  readonly onFound: (found: FoundAccounts) => void;
  readonly onChooseImage: () => void;
  readonly describe: (error: unknown) => string | null;
}

/**
 * The list view's "Scan QR code on this page" (DESIGN 5) and "Import QR code image",
 * shown with or without accounts. The scan button keeps its name while it works (a
 * status says so), so focus and the accessible name never move under the user.
 */
export function ImportTools({ onFound, onChooseImage, describe }: ImportToolsProps) {
  const { busy, problem, scan } = useTabScan(onFound, describe);
  return (
    <div class="import-tools">
      <div class="import-buttons">
        <button type="button" class="tool" aria-busy={busy} onClick={() => void scan()}>
          <Icon name="scan" />
          <span>{t('popupScanPage')}</span>
        </button>
        <button type="button" class="tool" onClick={onChooseImage}>
          <Icon name="image" />
          <span>{t('popupImportImage')}</span>
        </button>
      </div>
      <p class="hint" role="status">
        {busy ? t('popupScanning') : ''}
      </p>
      <ErrorAlert message={problem} />
    </div>
  );
}
