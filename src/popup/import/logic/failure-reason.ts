import type { MessageKey } from '../../../shared/i18n';
import type { ImportedAccountFailure } from '../../../shared/messages';

/** Localised reasons for the per-account MigrationErrorCodes (core/migration/errors.ts). */
const reasons: Readonly<Record<string, MessageKey>> = {
  'invalid-text': 'popupReasonName',
  'unsupported-algorithm': 'popupReasonAlgorithm',
  'unsupported-digits': 'popupReasonDigits',
  'unsupported-type': 'popupReasonType',
  'empty-secret': 'popupReasonSecret',
  'secret-too-short': 'popupReasonSecret',
  'secret-too-long': 'popupReasonSecret',
  'counter-out-of-range': 'popupReasonCounter',
};

/**
 * Why one account of an export was not imported (issue 5: listed, never dropped silently):
 * a localised reason, or the background's own (English) message for a code we do not know.
 */
export function failureReason(
  failure: ImportedAccountFailure,
): { readonly key: MessageKey } | { readonly message: string } {
  const key = Object.hasOwn(reasons, failure.code) ? reasons[failure.code] : undefined;
  return key ? { key } : { message: failure.message };
}
