import type { FormatErrorCode } from '../core/formats/types';
import type { MigrationErrorCode } from '../core/migration/errors';
import type { OtpauthErrorCode } from '../core/otpauth/errors';
import type { MessageKey } from './i18n';
import type { ErrorCode, ErrorReason } from './protocol/envelope';

/**
 * What the extension's pages say about a refusal from the background, as a locale key. The
 * background's own message is English and never shown (French UI, French text only): the
 * error code picks the sentence, and the reason, where the background gives one, a more
 * precise one. A code or reason this version does not know gets the general sentence.
 */

const byCode: Readonly<Record<ErrorCode | 'no-reply', MessageKey>> = {
  locked: 'popupErrorLocked',
  'no-vault': 'popupErrorNoVault',
  'vault-exists': 'popupErrorVaultExists',
  'wrong-passphrase': 'popupErrorWrongPassphrase',
  throttled: 'popupErrorThrottled',
  'passphrase-changed': 'popupErrorPassphraseChanged',
  'weak-passphrase': 'popupErrorWeakPassphrase',
  'invalid-input': 'popupErrorInvalidInput',
  duplicate: 'popupErrorDuplicate',
  'not-found': 'popupErrorNotFound',
  storage: 'popupErrorStorage',
  forbidden: 'popupErrorInternal',
  'unknown-type': 'popupErrorInternal',
  'bad-request': 'popupErrorInternal',
  internal: 'popupErrorInternal',
  'bad-file': 'fileErrorUnreadable',
  passkey: 'passkeyErrorRefused',
  'no-reply': 'popupLoadFailed',
};

/** Why an otpauth:// link was refused: the "Add account" form and a scanned QR code say it. */
const otpauthProblems: Readonly<Record<OtpauthErrorCode, MessageKey>> = {
  'not-a-uri': 'popupUriNotOtpauth',
  'wrong-scheme': 'popupUriNotOtpauth',
  'migration-uri': 'popupUriMigration',
  'unknown-type': 'popupUriUnsupportedType',
  'unexpected-fragment': 'popupUriInvalid',
  'bad-escape': 'popupUriInvalid',
  oversized: 'popupUriInvalid',
  'empty-label': 'popupUriInvalid',
  'duplicate-parameter': 'popupUriInvalid',
  'missing-secret': 'popupSecretInvalid',
  'invalid-base32': 'popupSecretInvalid',
  'secret-too-short': 'popupSecretTooShort',
  'secret-too-long': 'popupSecretTooLong',
  'bad-algorithm': 'popupUriUnsupportedSettings',
  'bad-digits': 'popupUriUnsupportedSettings',
  'bad-period': 'popupUriUnsupportedSettings',
  'hotp-without-counter': 'popupUriUnsupportedSettings',
  'bad-counter': 'popupUriUnsupportedSettings',
  'bad-name': 'popupUriInvalid',
  'bad-extra-parameter': 'popupUriInvalid',
};

/** Why a whole Google Authenticator export QR code was refused. */
const exportProblems: Readonly<Record<MigrationErrorCode, MessageKey>> = {
  'not-a-migration-uri': 'popupExportDamaged',
  'missing-data': 'popupExportDamaged',
  'too-large': 'popupExportDamaged',
  'invalid-base64': 'popupExportDamaged',
  truncated: 'popupExportDamaged',
  'malformed-protobuf': 'popupExportDamaged',
  'invalid-text': 'popupExportDamaged',
  'unsupported-algorithm': 'popupExportDamaged',
  'unsupported-digits': 'popupExportDamaged',
  'unsupported-type': 'popupExportDamaged',
  'empty-secret': 'popupExportDamaged',
  'secret-too-short': 'popupExportDamaged',
  'secret-too-long': 'popupExportDamaged',
  'counter-out-of-range': 'popupExportDamaged',
  unrepresentable: 'popupExportDamaged',
  'invalid-batch': 'popupExportDamaged',
  'batch-mismatch': 'popupExportMismatch',
  'incomplete-batch': 'popupExportMismatch',
};

/** Why a backup or import file cannot be read as a whole. */
const fileProblems: Readonly<Record<FormatErrorCode, MessageKey>> = {
  'unknown-format': 'fileErrorUnknownFormat',
  'password-needed': 'fileErrorPasswordNeeded',
  'wrong-password': 'fileErrorWrongPassword',
  'unknown-version': 'fileErrorUnknownVersion',
  truncated: 'fileErrorTruncated',
  malformed: 'fileErrorMalformed',
  'unsupported-encryption': 'fileErrorUnsupportedEncryption',
  'too-large': 'fileErrorTooLarge',
  'no-accounts': 'fileErrorNoAccounts',
};

/** Reasons with a sentence of their own, by error code; the others get the code's sentence. */
const byReason: Readonly<Partial<Record<ErrorCode, Readonly<Record<string, MessageKey>>>>> = {
  'invalid-input': {
    ...otpauthProblems,
    'invalid-name': 'passkeyNameInvalid',
    'too-many-entries': 'popupErrorVaultFull',
    'unreadable-image': 'popupImageUnreadable',
  },
  'bad-file': fileProblems,
  passkey: {
    'slot-not-found': 'passkeyErrorUnknown',
    'too-many-slots': 'passkeyErrorTooMany',
    'passkey-expired': 'passkeyErrorExpired',
  },
  storage: {
    'storage-full': 'popupErrorStorageFull',
    'storage-damaged': 'popupErrorVaultDamaged',
    'corrupt-data': 'popupErrorVaultDamaged',
    'corrupt-envelope': 'popupErrorVaultDamaged',
    tampered: 'popupErrorVaultDamaged',
    'kdf-parameters-out-of-range': 'popupErrorVaultDamaged',
    'unsupported-schema': 'popupErrorNewerVersion',
    'unsupported-version': 'popupErrorNewerVersion',
    'crypto-unavailable': 'popupErrorCrypto',
  },
};

/** The sentence for a refusal: by reason where there is one, else by code, else the general one. */
export function errorTextFor(code: string, reason: ErrorReason | null = null): MessageKey {
  const reasons = Object.hasOwn(byReason, code) ? byReason[code as ErrorCode] : undefined;
  if (reasons && reason !== null && Object.hasOwn(reasons, reason)) {
    return reasons[reason] ?? 'popupErrorUnexpected';
  }
  return Object.hasOwn(byCode, code) ? byCode[code as keyof typeof byCode] : 'popupErrorUnexpected';
}

export function otpauthProblemKey(code: OtpauthErrorCode): MessageKey {
  return otpauthProblems[code];
}

/** Why an otpauth:// or export QR code cannot be used (the popup's import). */
export function unusableQrKey(reason: OtpauthErrorCode | MigrationErrorCode): MessageKey {
  if (Object.hasOwn(otpauthProblems, reason)) return otpauthProblems[reason as OtpauthErrorCode];
  if (Object.hasOwn(exportProblems, reason)) return exportProblems[reason as MigrationErrorCode];
  return 'popupUriInvalid';
}
