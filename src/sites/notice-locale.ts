import type { Locale } from './site-profile';

/** Site notices come in English and French: French for any fr-* UI language, else English. */
export function noticeLocale(uiLanguage: string): Locale {
  return uiLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
