import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

/** manifest.json `commands`: the one command, "Fill one-time code". */
const FILL_COMMAND = 'fill-code';
/** Chromium's page for extension shortcuts; Edge and the others open it under their own name. */
const CHROMIUM_SHORTCUTS = 'chrome://extensions/shortcuts';

/**
 * The keyboard shortcut of "Fill one-time code", as the browser actually set it.
 * The manifest only suggests Alt+Shift+O: a browser leaves a suggestion unset when it or
 * another extension already uses the keys (Chromium keeps Ctrl+Shift+L for itself), and only
 * the browser's own page can change it, so we say what it is and open that page.
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
  return (
    <p class="hint" data-shortcut={shortcut}>
      {shortcut === '' ? t('optionsShortcutUnset') : t('optionsShortcutSet', shortcut)}{' '}
      <button type="button" class="secondary" onClick={() => void openShortcutSettings()}>
        {t('optionsShortcutChange')}
      </button>
    </p>
  );
}

async function openShortcutSettings(): Promise<void> {
  // Firefox 137 and later open their add-on shortcut settings themselves; Chromium has none.
  const commands = browser.commands as Partial<
    Pick<typeof browser.commands, 'openShortcutSettings'>
  >;
  if (typeof commands.openShortcutSettings === 'function') await commands.openShortcutSettings();
  else await browser.tabs.create({ url: CHROMIUM_SHORTCUTS });
}
