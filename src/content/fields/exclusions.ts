import { composedClosest } from './composed';
import { CODE_LENGTH } from './weights';

/** autocomplete tokens that name another kind of field outright. */
const EXCLUDED_AUTOCOMPLETE_TOKENS: ReadonlySet<string> = new Set([
  'username',
  'email',
  'current-password',
  'new-password',
  'name',
  'given-name',
  'family-name',
  'nickname',
  'organization',
  'street-address',
  'address-line1',
  'address-line2',
  'postal-code',
  'country',
  'tel',
  'tel-national',
  'tel-local',
  'tel-area-code',
  'cc-number',
  'cc-csc',
  'cc-exp',
  'cc-name',
  'bday',
  'transaction-amount',
]);

/** input types a code can be typed into; password only with a strong sign (score.ts). */
const CODE_INPUT_TYPES: ReadonlySet<string> = new Set(['text', 'tel', 'number', 'password']);

/**
 * Cheap attribute checks that rule an input out before any text is read: the wrong
 * type, a field the user cannot type into (never fill a disabled or read-only field), an
 * autocomplete token that names another kind of field, a search box.
 * Returns a short reason id, or null when the input may be a code field.
 */
export function exclusionReason(input: HTMLInputElement, segment = false): string | null {
  if (!CODE_INPUT_TYPES.has(input.type)) return 'excluded:type';
  if (isDisabled(input)) return 'excluded:disabled';
  if (input.readOnly) return 'excluded:readonly';
  if (hasExcludedAutocomplete(input)) return 'excluded:autocomplete';
  const inputMode = input.inputMode.toLowerCase();
  if (inputMode === 'email' || inputMode === 'search' || inputMode === 'url') {
    return 'excluded:inputmode';
  }
  if (isSearchField(input)) return 'excluded:search';
  // A single field shorter than any code cannot hold one; one-character boxes are segments.
  const maxLength = input.maxLength;
  if (!segment && maxLength > 0 && maxLength < CODE_LENGTH.min) return 'excluded:maxlength';
  return null;
}

/** `:disabled` also covers a disabled fieldset in browsers; checked by hand for test DOMs. */
export function isDisabled(input: HTMLInputElement): boolean {
  return input.disabled || input.closest('fieldset[disabled]') !== null;
}

function hasExcludedAutocomplete(input: HTMLInputElement): boolean {
  const tokens = (input.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  return tokens.some((token) => EXCLUDED_AUTOCOMPLETE_TOKENS.has(token) || token.startsWith('cc-'));
}

function isSearchField(input: HTMLInputElement): boolean {
  const role = (input.getAttribute('role') ?? '').toLowerCase();
  if (role === 'searchbox' || role === 'combobox') return true;
  if (input.name === 'q') return true;
  return composedClosest(input, '[role~="search" i], search') !== null;
}
