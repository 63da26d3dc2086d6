import { useEffect, useState } from 'preact/hooks';
import { clipboardAccessMissing } from '../core/clipboard-clearing';
import {
  hasClipboardRead,
  requestClipboardRead,
  watchClipboardRead,
} from '../shared/clipboard-read';
import { t } from '../shared/i18n';

/**
 * Next to the clipboard delay: without `clipboardRead`, copied codes are not cleared (we could
 * not check the clipboard still holds ours), so we say so and offer the permission. It follows
 * the browser: a grant or a removal in chrome://extensions or about:addons shows at once.
 */
export function ClipboardAccessNote({ seconds }: { readonly seconds: number }) {
  const [canRead, setCanRead] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    const load = () => {
      hasClipboardRead().then(setCanRead, () => {
        setCanRead(false);
      });
    };
    load();
    return watchClipboardRead(load);
  }, []);

  if (canRead === null || !clipboardAccessMissing(seconds, canRead)) return null;

  // The request is the first thing the click does: see shared/clipboard-read.ts.
  const allow = () => {
    void requestClipboardRead().then((granted) => {
      setCanRead(granted);
      setRefused(!granted);
    });
  };

  return (
    <div class="hint">
      <p id="clipboard-access-note">{t('optionsClipboardAccessNote')}</p>
      <button
        type="button"
        class="secondary"
        aria-describedby="clipboard-access-note"
        onClick={allow}
      >
        {t('optionsClipboardAccessAllow')}
      </button>
      {refused && <p role="alert">{t('optionsClipboardAccessRefused')}</p>}
    </div>
  );
}
