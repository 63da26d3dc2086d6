import type { ScoreSheet } from './score-sheet';
import { CODE_LENGTH, WEIGHTS } from './weights';

/**
 * What the field's format says: `autocomplete="one-time-code"` (the standard
 * signal, always accepted by KeePassXC-Browser's totp-field.js), numeric input mode or type,
 * a digits pattern, and a maxlength that fits a code (6 to 8; KeePassXC also bounds it).
 */
const DIGIT_PATTERN = /\\d|0-9/;

export function hasOneTimeCodeAutocomplete(input: HTMLInputElement): boolean {
  const tokens = (input.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  return tokens.includes('one-time-code');
}

export function scoreFormat(sheet: ScoreSheet, input: HTMLInputElement, segment: boolean): void {
  if (hasOneTimeCodeAutocomplete(input)) sheet.add(WEIGHTS.autocompleteOneTimeCode, 'autocomplete');
  if (input.inputMode.toLowerCase() === 'numeric') sheet.add(WEIGHTS.numericInputMode, 'inputmode');
  if (input.type === 'tel' || input.type === 'number')
    sheet.add(WEIGHTS.numericType, 'type-numeric');
  if (DIGIT_PATTERN.test(input.getAttribute('pattern') ?? '')) {
    sheet.add(WEIGHTS.digitPattern, 'pattern');
  }
  if (segment) return;
  const maxLength = input.maxLength;
  if (maxLength >= CODE_LENGTH.typicalMin && maxLength <= CODE_LENGTH.typicalMax) {
    sheet.add(WEIGHTS.codeMaxLength, 'maxlength');
  } else if (maxLength >= CODE_LENGTH.min && maxLength < CODE_LENGTH.typicalMin) {
    sheet.add(WEIGHTS.shortCodeMaxLength, 'maxlength-short');
  } else if (maxLength > CODE_LENGTH.longAbove) {
    sheet.add(WEIGHTS.longMaxLength, 'maxlength-long');
  }
}
