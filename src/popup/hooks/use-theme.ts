import { useEffect } from 'preact/hooks';
import type { Settings } from '../../shared/model/settings';
import { sendFromPage } from '../../shared/send';

type Theme = Settings['theme'];

/** Not a secret: the theme is cached so the next popup opens in it without a flash. */
const CACHE_KEY = 'theme';

export function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme;
}

export function cachedTheme(): Theme {
  const cached = localStorage.getItem(CACHE_KEY);
  return cached === 'light' || cached === 'dark' ? cached : 'system';
}

/**
 * `data-theme` on <html> from the settings; CSS reads it with prefers-color-scheme. Asked for
 * once `ready`: until then the cached theme holds.
 */
export function useTheme(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    sendFromPage('settings/get', null).then(
      ({ theme }) => {
        applyTheme(theme);
        localStorage.setItem(CACHE_KEY, theme);
      },
      () => {
        // The cached or system theme stays: a theme is not worth an error message.
      },
    );
  }, [ready]);
}
