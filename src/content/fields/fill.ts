import { exclusionReason } from './exclusions';
import { insert, type Insertion } from './fill-events';
import { isFillable } from './fillable';
import type { Geometry } from './geometry';
import type { CodeTarget } from './target';

export interface FillOptions {
  /** Layout access for the visibility re-check; unit tests pass their own (geometry.ts). */
  readonly geometry?: Geometry;
  /**
   * Leave the focus where it is: for replacing an expiring code while the user types their
   * password elsewhere, whose keystrokes must never land in the code field.
   */
  readonly keepFocus?: boolean;
}

/** TOTP codes are 6 to 8 digits; Steam's are 5 letters and digits. Nothing else is filled. */
const CODE_FORMAT = /^[0-9A-Za-z]{4,10}$/;

/**
 * Fills a one-time code into its target (after enrollment, at sign-in).
 * Re-checks the target first (DESIGN 4.5: same field, enabled, writable, visible); refuses a
 * code longer than the field's maxlength or not matching the number of boxes rather than
 * cutting it. Segmented boxes get one character each, in order. Returns true only when the
 * field(s) hold the code afterwards. Never submits anything.
 */
export function fillCode(target: CodeTarget, code: string, options: FillOptions = {}): boolean {
  if (!CODE_FORMAT.test(code) || !isFillable(target, options.geometry)) return false;
  const focus = options.keepFocus !== true;
  // Checked again once each field has the focus: a page may swap the field on focus.
  const stillFine = () => isFillable(target, options.geometry);
  return target.kind === 'single'
    ? fillSingle(target.input, code, focus, stillFine)
    : fillSegmented(target.inputs, code, focus, stillFine);
}

function fillSingle(
  input: HTMLInputElement,
  code: string,
  focus: boolean,
  stillFine: () => boolean,
): boolean {
  if (input.maxLength > 0 && code.length > input.maxLength) return false;
  // Like a user pasting the code from an authenticator app: one insertion of the whole code.
  const insertion: Insertion = {
    value: code,
    data: code,
    inputType: 'insertFromPaste',
    key: 'Unidentified',
  };
  if (!insert(input, insertion, focus, stillFine)) return false;
  return holdsCode(input.value, code);
}

function fillSegmented(
  boxes: readonly HTMLInputElement[],
  code: string,
  focus: boolean,
  stillFine: () => boolean,
): boolean {
  if (boxes.length !== code.length) return false;
  for (const [index, box] of boxes.entries()) {
    const character = code.charAt(index);
    // A widget may re-render or lock boxes as they fill: stop rather than type into a stale one.
    if (!box.isConnected || exclusionReason(box, true) !== null) return false;
    const insertion: Insertion = {
      value: character,
      data: character,
      inputType: 'insertText',
      key: character,
    };
    if (!insert(box, insertion, focus, stillFine)) return false;
  }
  return holdsCode(boxes.map((box) => box.value).join(''), code);
}

/** Pages may format a code as they like ("123 456"); what counts is the characters. */
function holdsCode(value: string, code: string): boolean {
  return value.replace(/[\s-]/g, '') === code;
}
