import { describeError } from '../shared/describe-error';
import { t } from '../shared/i18n';
import { MessageError } from '../shared/send';

/** Why a change of passphrase failed, in the UI language only: the worker's message is English. */
export function changeFailureText(error: unknown): string {
  if (!(error instanceof MessageError)) return t('optionsSaveFailed');
  if (error.code === 'wrong-passphrase') return t('optionsWrongPassphrase');
  if (error.code === 'locked') return t('optionsUnlockFirst');
  return describeError(error);
}
