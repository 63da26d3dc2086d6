// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import {
  fillCode,
  findCodeField,
  segmentedTarget,
  targetInputs,
} from '../../../src/content/fields';
import { testGeometry } from './support/geometry';
import { FILL_EVENT_TYPES, recordEvents, trackLikeReact } from './support/react-tracker';
import { mount } from './support/snippet';

// Issue 6 / DESIGN 4.5: segmented boxes are filled box by box, one character each.
const geometry = testGeometry;

function boxes(count = 6): HTMLInputElement[] {
  const html = Array.from(
    { length: count },
    (_, i) => `<input class="digit" maxlength="1" inputmode="numeric" aria-label="Digit ${i + 1}">`,
  ).join('');
  mount(`<p>Enter the verification code</p><div role="group">${html}</div>`);
  return Array.from(document.querySelectorAll<HTMLInputElement>('input.digit'));
}

/** Like the demo portal's code-input.js: typing a digit moves focus to the next box. */
function autoAdvance(inputs: readonly HTMLInputElement[]): void {
  inputs.forEach((box, index) => {
    box.addEventListener('input', () => {
      box.value = box.value.replace(/\D/g, '');
      if (box.value !== '') inputs[index + 1]?.focus();
    });
  });
}

test('each box gets one digit, found and filled end to end', () => {
  const inputs = boxes();
  const target = findCodeField(document, { geometry });
  expect(target?.kind).toBe('segmented');
  if (!target) return;
  expect(targetInputs(target)).toEqual(inputs);
  expect(fillCode(target, '012345', { geometry })).toBe(true);
  expect(inputs.map((box) => box.value)).toEqual(['0', '1', '2', '3', '4', '5']);
});

test('per box: keydown, keypress, beforeinput, input, keyup, change, with the digit', () => {
  const inputs = boxes(4);
  const logs = inputs.map((box) => recordEvents(box, FILL_EVENT_TYPES));
  expect(fillCode(segmentedTarget(inputs), '9071', { geometry })).toBe(true);
  expect(logs[0]).toEqual([
    'focus',
    'keydown:9',
    'keypress:9',
    'beforeinput:insertText:9',
    'input:insertText:9',
    'keyup:9',
    'change',
    'blur',
  ]);
  expect(logs[3]?.filter((entry) => entry.startsWith('input'))).toEqual(['input:insertText:1']);
  expect(logs[3]?.at(-1)).toBe('change');
  expect(document.activeElement).toBe(inputs[3]);
});

test('an auto-advancing widget ends with every box filled and focus on the last', () => {
  const inputs = boxes();
  autoAdvance(inputs);
  expect(fillCode(segmentedTarget(inputs), '314159', { geometry })).toBe(true);
  expect(inputs.map((box) => box.value).join('')).toBe('314159');
  expect(document.activeElement).toBe(inputs[5]);
});

test('React-controlled boxes each report their digit', () => {
  const inputs = boxes();
  const trackers = inputs.map(trackLikeReact);
  expect(fillCode(segmentedTarget(inputs), '271828', { geometry })).toBe(true);
  expect(trackers.map((tracker) => tracker.changes)).toEqual([
    ['2'],
    ['7'],
    ['1'],
    ['8'],
    ['2'],
    ['8'],
  ]);
});

test('a code of the wrong length for the boxes is refused, nothing typed', () => {
  const inputs = boxes();
  expect(fillCode(segmentedTarget(inputs), '12345678', { geometry })).toBe(false);
  expect(fillCode(segmentedTarget(inputs), '1234', { geometry })).toBe(false);
  expect(inputs.every((box) => box.value === '')).toBe(true);
});

test('a widget that locks the remaining boxes mid-way: false, no typing into locked boxes', () => {
  const inputs = boxes();
  inputs[0]?.addEventListener('input', () => {
    for (const box of inputs.slice(2)) box.disabled = true;
  });
  expect(fillCode(segmentedTarget(inputs), '123456', { geometry })).toBe(false);
  // The whole row is checked again as each box gets the focus: it stops at the next box.
  expect(inputs.map((box) => box.value)).toEqual(['1', '', '', '', '', '']);
});

test('boxes that no longer sit in one row are not filled', () => {
  const inputs = boxes();
  const target = segmentedTarget(inputs);
  inputs[5]?.setAttribute('data-rect', '10 400 32 32');
  expect(fillCode(target, '123456', { geometry })).toBe(false);
});
