import { OtpauthError, parseOtpauthUri } from '../../core/otpauth';
import { otpauthProblemKey } from '../../shared/error-text';
import type { MessageKey } from '../../shared/i18n';
import { accountLabel } from '../../shared/account-label';

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

/** The same sentences the background's refusal of this link would get (shared/error-text.ts). */
function problemKey(error: unknown): MessageKey {
  return error instanceof OtpauthError ? otpauthProblemKey(error.code) : 'popupUriInvalid';
}
