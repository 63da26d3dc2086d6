import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { useFocusOnMount } from '../hooks/use-focus-on-mount';
import { ErrorAlert } from '../ui/ErrorAlert';
import { openImageImportInTab, pickerNeedsTab } from './file-picker-tab';
import { imagesOf } from './image-file';
import type { FoundAccounts } from './import-result';
import { useImageDrop } from './use-image-drop';
import { useImageImport } from './use-image-import';

interface ImageImportProps {
  readonly onFound: (found: FoundAccounts) => void;
  readonly onCancel: () => void;
  readonly describe: (error: unknown) => string | null;
}

/**
 * "Import QR code image": a QR code or a Google Authenticator export from a file
 * (the picker), a drop onto the popup, or the clipboard (Ctrl+V). The file input is driven
 * by a real button, so the keyboard and screen readers get one plain, named control.
 */
export function ImageImport({ onFound, onCancel, describe }: ImageImportProps) {
  const input = useRef<HTMLInputElement>(null);
  const choose = useRef<HTMLButtonElement>(null);
  useFocusOnMount(choose);
  const { busy, problem, importFiles } = useImageImport(onFound, describe);
  const dropped = useCallback((files: readonly File[]) => void importFiles(files), [importFiles]);
  const dragging = useImageDrop(dropped);
  // Known before the click: the picker must open within the click's own user activation.
  const [needsTab, setNeedsTab] = useState(false);
  useEffect(() => {
    pickerNeedsTab().then(setNeedsTab, () => undefined);
  }, []);

  return (
    <div
      class="panel import-image"
      data-dragging={dragging || undefined}
      aria-busy={busy}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h1>{t('popupImportHeading')}</h1>
      <p>{t('popupImportIntro')}</p>
      <div class="drop-zone">
        <button
          type="button"
          class="primary"
          ref={choose}
          onClick={() => {
            if (needsTab) void openImageImportInTab();
            else input.current?.click();
          }}
        >
          {t('popupChooseImage')}
        </button>
        <p class="hint">{t('popupDropOrPaste')}</p>
      </div>
      <input
        type="file"
        accept="image/*"
        multiple
        hidden
        ref={input}
        onChange={(event) => {
          const files = imagesOf(event.currentTarget.files);
          // Cleared, so choosing the same file again (after fixing something) fires again.
          event.currentTarget.value = '';
          void importFiles(files);
        }}
      />
      <p class="hint" role="status">
        {busy ? t('popupReadingImage') : ''}
      </p>
      <ErrorAlert message={problem} />
      <div class="buttons">
        <button type="button" onClick={onCancel}>
          {t('popupCancel')}
        </button>
      </div>
    </div>
  );
}
