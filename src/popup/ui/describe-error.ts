import { t } from '../../shared/i18n';
import { MessageError } from '../../shared/send';
import { errorTextFor } from '../logic/error-keys';

/**
 * Any failure as a sentence in the UI language (issue 4): mapped from the protocol's error
 * code, the background's message as the fallback for a code we do not know.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof MessageError)) return t('popupErrorUnexpected');
  const text = errorTextFor(error.code);
  if (!text) return error.message || t('popupErrorUnexpected');
  const sentence = t(text.key);
  return text.withDetail && error.message ? `${sentence} ${error.message}` : sentence;
}
