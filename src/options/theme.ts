import type { Settings } from '../shared/model/settings';

/** The page follows the system theme unless the user chose one. */
export function applyTheme(theme: Settings['theme']) {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
