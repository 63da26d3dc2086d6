import { t } from '../../shared/i18n';
import { MessageError } from '../../shared/send';

/** Why "Save to Authenticator" failed, in the browser's language. */
export function saveFailureText(error: unknown): string {
  if (!(error instanceof MessageError)) return t('promptSaveFailed');
  switch (error.code) {
    case 'storage':
      return t('promptSaveStorageFailed');
    case 'invalid-input':
      return t('promptSaveRefused');
    default:
      return t('promptSaveFailed');
  }
}
