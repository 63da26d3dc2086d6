import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

/** manifest.json `commands`: the one command, "Fill one-time code" (issue 6). */
const FILL_COMMAND = 'fill-code';

/**
 * The keyboard shortcut of "Fill one-time code", as the browser actually set it (issue 6).
 * The manifest only suggests Alt+Shift+O: a browser leaves a suggestion unset when it or
 * another extension already uses the keys (Chromium keeps Ctrl+Shift+L for itself), and only
 * the browser's own shortcuts page can change it, so we say what it is and where that is.
 */
export function ShortcutNote() {
  const [shortcut, setShortcut] = useState<string | null>(null);

  useEffect(() => {
    browser.commands.getAll().then(
      (commands) => {
        setShortcut(commands.find((command) => command.name === FILL_COMMAND)?.shortcut ?? '');
      },
      () => {
        setShortcut('');
      },
    );
  }, []);

  if (shortcut === null) return null;
  const where = t(isFirefox() ? 'optionsShortcutWhereFirefox' : 'optionsShortcutWhereChrome');
  return (
    <p class="hint" data-shortcut={shortcut}>
      {shortcut === ''
        ? t('optionsShortcutUnset', where)
        : t('optionsShortcutSet', shortcut, where)}
    </p>
  );
}

function isFirefox(): boolean {
  return new URL(browser.runtime.getURL('/')).protocol === 'moz-extension:';
}
