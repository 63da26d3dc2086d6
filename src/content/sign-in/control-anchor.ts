import { targetInputs, type CodeTarget } from '../fields';

/**
 * Where the "Fill code" control goes: right after the field, or after the row that
 * holds all the boxes of a segmented field, so it sits under the field, comes next in keyboard
 * order, and never splits the row of boxes.
 */
export function controlAnchor(target: CodeTarget): Element | null {
  const inputs = targetInputs(target);
  const [first] = inputs;
  if (!first) return null;
  if (inputs.length === 1) return first;
  let row = first.parentElement;
  while (row && !inputs.every((input) => row?.contains(input))) row = row.parentElement;
  return row;
}
