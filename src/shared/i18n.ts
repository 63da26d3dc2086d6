import { webext } from './webext';
import type english from '../../public/_locales/en/messages.json';

/** Every visible string comes from `_locales` (en, fr); keys are checked against English. */
export type MessageKey = keyof typeof english;

export function t(key: MessageKey, ...substitutions: string[]): string {
  return webext.i18n.getMessage(key, substitutions) || key;
}
