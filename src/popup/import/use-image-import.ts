import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { sendFromPage } from '../../shared/send';
import { ImageFileError, imageFileToDataUrl, imagesOf } from './image-file';
import { importResult, type FoundAccounts } from './import-result';

/**
 * An image from the picker, a drop or the clipboard, read by the background; the
 * accounts go on to confirmation, anything else becomes a sentence to show. Pasting works
 * anywhere in the view while it is open (Ctrl+V).
 */
export function useImageImport(
  onFound: (found: FoundAccounts) => void,
  describe: (error: unknown) => string | null,
) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  /**
   * Several images are read one after another: the QR codes of one Google Authenticator export
   * add up in the worker, so the last answer holds them all.
   */
  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (busy) return;
      if (files.length === 0) {
        setProblem(t('popupImageUnreadable'));
        return;
      }
      setBusy(true);
      setProblem(null);
      try {
        let found: FoundAccounts | null = null;
        for (const file of files) {
          const dataUrl = await imageFileToDataUrl(file);
          const result = importResult(
            await sendFromPage('import/decode-image', { dataUrl }),
            'image',
          );
          if (!('accounts' in result)) {
            setBusy(false);
            setProblem(files.length > 1 ? `${file.name}: ${result.problem}` : result.problem);
            return;
          }
          found = result.accounts;
        }
        setBusy(false);
        if (found) onFound(found);
      } catch (failure) {
        setBusy(false);
        setProblem(imageProblem(failure) ?? describe(failure));
      }
    },
    [busy, onFound, describe],
  );

  // A layout effect: listening from the moment the view is shown (see use-image-drop.ts).
  useLayoutEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const files = imagesOf(event.clipboardData?.files);
      // Text pasted into a field is the field's business; only images are taken here.
      if (files.length === 0) return;
      event.preventDefault();
      void importFiles(files);
    };
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('paste', onPaste);
    };
  }, [importFiles]);

  return { busy, problem, importFiles };
}

function imageProblem(failure: unknown): string | null {
  if (!(failure instanceof ImageFileError)) return null;
  return t(failure.reason === 'too-large' ? 'popupImageTooLarge' : 'popupImageUnreadable');
}
