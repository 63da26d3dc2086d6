import browser from 'webextension-polyfill';
import type english from '../../public/_locales/en/messages.json';

/** Every visible string comes from `_locales` (en, fr); keys are checked against English. */
export type MessageKey = keyof typeof english;

export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
