import type { MessageKey } from '../../shared/i18n';
import type { ErrorCode } from '../../shared/messages';

export interface ErrorText {
  readonly key: MessageKey;
  /**
   * Whether the background's own message follows: for bad input and storage failures it says
   * exactly what was wrong ("the period must be 1 to 3600 seconds"), which no fixed text can.
   */
  readonly withDetail: boolean;
}

const texts: Readonly<Record<ErrorCode | 'no-reply', ErrorText>> = {
  locked: { key: 'popupErrorLocked', withDetail: false },
  'no-vault': { key: 'popupErrorNoVault', withDetail: false },
  'vault-exists': { key: 'popupErrorVaultExists', withDetail: false },
  'wrong-passphrase': { key: 'popupErrorWrongPassphrase', withDetail: false },
  'weak-passphrase': { key: 'popupErrorWeakPassphrase', withDetail: false },
  'invalid-input': { key: 'popupErrorInvalidInput', withDetail: true },
  duplicate: { key: 'popupErrorDuplicate', withDetail: false },
  'not-found': { key: 'popupErrorNotFound', withDetail: false },
  storage: { key: 'popupErrorStorage', withDetail: true },
  forbidden: { key: 'popupErrorInternal', withDetail: false },
  'unknown-type': { key: 'popupErrorInternal', withDetail: false },
  'bad-request': { key: 'popupErrorInternal', withDetail: false },
  internal: { key: 'popupErrorInternal', withDetail: false },
  'no-reply': { key: 'popupLoadFailed', withDetail: false },
};

/** The localised text for an error code of the protocol; null for a code it does not know. */
export function errorTextFor(code: string): ErrorText | null {
  return Object.hasOwn(texts, code) ? texts[code as keyof typeof texts] : null;
}
