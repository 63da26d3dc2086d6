import { OtpauthError, parseOtpauthUri } from '../../core/otpauth';
import type { MessageKey } from '../../shared/i18n';
import { accountLabel } from './account-label';

export type UriCheck =
  | { readonly ok: true; readonly label: string }
  | { readonly ok: false; readonly problem: MessageKey };

/**
 * Live feedback on a pasted otpauth:// URI, with core's strict parser; the background parses
 * it again and decides. On success, the account the URI names, so the user sees what is added.
 */
export function checkUri(uri: string): UriCheck {
  try {
    return { ok: true, label: accountLabel(parseOtpauthUri(uri.trim()).account) };
  } catch (error) {
    return { ok: false, problem: problemKey(error) };
  }
}

function problemKey(error: unknown): MessageKey {
  if (!(error instanceof OtpauthError)) return 'popupUriInvalid';
  switch (error.code) {
    case 'not-a-uri':
    case 'wrong-scheme':
      return 'popupUriNotOtpauth';
    case 'migration-uri':
      return 'popupUriMigration';
    case 'missing-secret':
    case 'invalid-base32':
      return 'popupSecretInvalid';
    case 'secret-too-short':
      return 'popupSecretTooShort';
    case 'secret-too-long':
      return 'popupSecretTooLong';
    default:
      return 'popupUriInvalid';
  }
}
