import { otpauthError } from './errors';
import { MAX_NAME_LENGTH } from './limits';

/**
 * The label of an otpauth URI: `Issuer:account` or `account` (Key URI Format). The separator
 * is a colon, written `:` or `%3A`, optionally followed by spaces; both parts are trimmed.
 *
 * Issuers may contain a colon themselves ("ACME: Billing"), so when the issuer parameter is
 * present and the label starts with it followed by a colon, that is where the label splits;
 * otherwise at the first colon. buildLabel relies on this to make every name round-trip.
 */

export interface SplitLabel {
  /** The `Issuer:` prefix, trimmed; `undefined` when there is none or it is empty. */
  readonly labelIssuer: string | undefined;
  readonly account: string;
}

const sameIgnoringCase = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** `label` is already percent-decoded; `parameterIssuer` trimmed, `undefined` if absent. */
export function splitLabel(label: string, parameterIssuer: string | undefined): SplitLabel {
  const text = label.trim();
  let separator = text.indexOf(':');
  if (
    parameterIssuer !== undefined &&
    text.charAt(parameterIssuer.length) === ':' &&
    sameIgnoringCase(text.slice(0, parameterIssuer.length), parameterIssuer)
  ) {
    separator = parameterIssuer.length;
  }
  if (separator === -1) return { labelIssuer: undefined, account: text };
  const prefix = text.slice(0, separator).trim();
  return {
    labelIssuer: prefix === '' ? undefined : prefix,
    account: text.slice(separator + 1).trim(),
  };
}

// A lone UTF-16 surrogate cannot be percent-encoded (encodeURIComponent throws on it).
const loneSurrogate = /\p{Cs}/u;

/** Throws unless `name` survives a round trip through a label: see OtpauthErrorCode. */
export function checkName(name: string, role: 'issuer' | 'account'): void {
  if (role === 'account' && name === '') throw otpauthError('empty-label');
  if (name !== name.trim() || loneSurrogate.test(name) || name.length > MAX_NAME_LENGTH) {
    throw otpauthError('bad-name');
  }
}

export const hasLoneSurrogate = (text: string) => loneSurrogate.test(text);

/** The encoded label for names that passed checkName. */
export function buildLabel(issuer: string, account: string): string {
  const encodedAccount = encodeURIComponent(account);
  if (issuer !== '') return `${encodeURIComponent(issuer)}:${encodedAccount}`;
  // An empty prefix keeps a colon inside the account from being read as the separator.
  return account.includes(':') ? `:${encodedAccount}` : encodedAccount;
}
