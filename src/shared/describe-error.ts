import { errorTextFor } from './error-text';
import { t } from './i18n';
import { MessageError } from './send';

/**
 * Any failure as a sentence in the UI language, from the locale files only: the
 * background's English message is never shown.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof MessageError)) return t('popupErrorUnexpected');
  return t(errorTextFor(error.code, error.reason));
}
