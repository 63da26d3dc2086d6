import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { sendFromPage } from '../../shared/send';
import { firstImage, ImageFileError, imageFileToDataUrl } from './image-file';
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

  const importFile = useCallback(
    async (file: File | null) => {
      if (busy) return;
      if (!file) {
        setProblem(t('popupImageUnreadable'));
        return;
      }
      setBusy(true);
      setProblem(null);
      try {
        const dataUrl = await imageFileToDataUrl(file);
        const result = importResult(
          await sendFromPage('import/decode-image', { dataUrl }),
          'image',
        );
        setBusy(false);
        if ('accounts' in result) onFound(result.accounts);
        else setProblem(result.problem);
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
      const file = firstImage(event.clipboardData?.files);
      // Text pasted into a field is the field's business; only images are taken here.
      if (!file) return;
      event.preventDefault();
      void importFile(file);
    };
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('paste', onPaste);
    };
  }, [importFile]);

  return { busy, problem, importFile };
}

function imageProblem(failure: unknown): string | null {
  if (!(failure instanceof ImageFileError)) return null;
  return t(failure.reason === 'too-large' ? 'popupImageTooLarge' : 'popupImageUnreadable');
}
