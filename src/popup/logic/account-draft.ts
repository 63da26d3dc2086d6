import type { HashAlgorithm, OtpType } from '../../core/otp-types';
import type { MessageKey } from '../../shared/i18n';
import type { AccountInput } from '../../shared/model/vault';
import { secretProblem } from './secret-check';

/** The "Add account" form as typed: every field a string, as inputs give them. */
export interface AccountDraft {
  readonly secret: string;
  readonly issuer: string;
  readonly account: string;
  /** When filled, the account comes from this otpauth:// URI and the other fields are unused. */
  readonly uri: string;
  readonly type: OtpType;
  readonly algorithm: HashAlgorithm;
  readonly digits: string;
  readonly period: string;
  readonly counter: string;
}

export const emptyDraft: AccountDraft = {
  secret: '',
  issuer: '',
  account: '',
  uri: '',
  type: 'totp',
  algorithm: 'SHA1',
  digits: '6',
  period: '30',
  counter: '0',
};

export type DraftField = 'secret' | 'issuer' | 'uri' | 'digits' | 'period' | 'counter';
export type DraftProblems = Readonly<Partial<Record<DraftField, MessageKey>>>;

export function usesUri(draft: AccountDraft): boolean {
  return draft.uri.trim() !== '';
}

/**
 * What is wrong with the draft, field by field, for live feedback with the ranges of
 * core's validate-params.ts. The background checks everything again and has the last word.
 */
export function draftProblems(draft: AccountDraft): DraftProblems {
  if (usesUri(draft)) {
    const uri = uriShapeProblem(draft.uri);
    return uri ? { uri } : {};
  }
  const problems: Partial<Record<DraftField, MessageKey>> = {};
  const secret = secretProblem(draft.secret);
  if (secret) problems.secret = secret;
  if (draft.issuer.trim() === '' && draft.account.trim() === '')
    problems.issuer = 'popupNameMissing';
  if (draft.type === 'steam') return problems;
  if (!isWholeNumber(draft.digits, 6, 8)) problems.digits = 'popupDigitsInvalid';
  if (draft.type === 'totp' && !isWholeNumber(draft.period, 1, 3600)) {
    problems.period = 'popupPeriodInvalid';
  }
  if (draft.type === 'hotp' && !isWholeNumber(draft.counter, 0, Number.MAX_SAFE_INTEGER)) {
    problems.counter = 'popupCounterInvalid';
  }
  return problems;
}

/** The request for `vault/add`; meaningful once `draftProblems` is empty. */
export function draftInput(draft: AccountDraft): AccountInput {
  if (usesUri(draft)) return { kind: 'uri', uri: draft.uri.trim() };
  return {
    kind: 'fields',
    secret: draft.secret,
    issuer: draft.issuer.trim(),
    account: draft.account.trim(),
    type: draft.type,
    algorithm: draft.algorithm,
    digits: Number(draft.digits),
    period: Number(draft.period),
    counter: Number(draft.counter),
  };
}

/**
 * The URI's scheme only: the full parse (uri-check.ts) is loaded when the user first types a
 * URI, because core's parser brings otplib along, which the list view does not need.
 */
export function uriShapeProblem(uri: string): MessageKey | null {
  const text = uri.trim().toLowerCase();
  if (text.startsWith('otpauth-migration:')) return 'popupUriMigration';
  return text.startsWith('otpauth://') ? null : 'popupUriNotOtpauth';
}

function isWholeNumber(text: string, min: number, max: number): boolean {
  if (!/^\d+$/.test(text.trim())) return false;
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= min && value <= max;
}
