import type { MessageKey } from '../../../shared/i18n';
import type { ImportedAccountFailure } from '../../../shared/model/imports';

/** Localised reasons for one account's MigrationErrorCode or EntryErrorCode. */
const reasons: Readonly<Record<string, MessageKey>> = {
  'invalid-text': 'popupReasonName',
  'unsupported-algorithm': 'popupReasonAlgorithm',
  'unsupported-digits': 'popupReasonDigits',
  'unsupported-type': 'popupReasonType',
  'empty-secret': 'popupReasonSecret',
  'secret-too-short': 'popupReasonSecret',
  'secret-too-long': 'popupReasonSecret',
  'counter-out-of-range': 'popupReasonCounter',
  // An app's file (core/formats EntryErrorCode).
  'bad-secret': 'popupReasonSecret',
  'bad-algorithm': 'popupReasonAlgorithm',
  'bad-digits': 'popupReasonDigits',
  'bad-counter': 'popupReasonCounter',
  'bad-name': 'popupReasonName',
};

/**
 * Why one account of an export was not imported (listed, never dropped silently), in
 * the UI language; a code this version has no text for gets a general reason, never the
 * background's English.
 */
export function failureReason(failure: ImportedAccountFailure): MessageKey {
  return Object.hasOwn(reasons, failure.code)
    ? (reasons[failure.code] ?? 'popupReasonUnknown')
    : 'popupReasonUnknown';
}
