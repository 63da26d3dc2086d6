// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import {
  fillProblem,
  findCodeField,
  isFillable,
  isStillSameTarget,
  type CodeTarget,
} from '../../../src/content/fields';
import { testGeometry } from './support/geometry';
import { mount } from './support/snippet';

// DESIGN 4.5 / issue 6: the fill-time re-check refuses a field swapped, moved, retyped,
// locked or hidden since it was found (the hostile "field swapped after focus" page).
let target: CodeTarget;
let input: HTMLInputElement;

beforeEach(() => {
  mount(`<form><div id="box"><label for="c">Verification code</label>
    <input id="c" name="code" autocomplete="one-time-code"></div><div id="elsewhere"></div></form>`);
  const found = findCodeField(document, { geometry: testGeometry });
  if (found?.kind !== 'single') throw new Error('setup: no single target');
  target = found;
  input = found.input;
});

describe('isStillSameTarget', () => {
  test('true while nothing changed', () => {
    expect(isStillSameTarget(target)).toBe(true);
    expect(fillProblem(target, testGeometry)).toBeNull();
  });

  test('false when the field was replaced by a look-alike', () => {
    input.replaceWith(input.cloneNode(true));
    expect(isStillSameTarget(target)).toBe(false);
  });

  test('false when the field was moved elsewhere', () => {
    document.getElementById('elsewhere')?.append(input);
    expect(isStillSameTarget(target)).toBe(false);
  });

  test('false when its type or name changed', () => {
    input.type = 'email';
    expect(isStillSameTarget(target)).toBe(false);
    input.type = 'text';
    expect(isStillSameTarget(target)).toBe(true);
    input.name = 'coupon';
    expect(isStillSameTarget(target)).toBe(false);
  });

  test('false once removed', () => {
    input.remove();
    expect(fillProblem(target, testGeometry)).toBe('changed');
  });
});

describe('isFillable', () => {
  test.each([
    ['disabled', () => (input.disabled = true), 'excluded:disabled'],
    ['read-only', () => (input.readOnly = true), 'excluded:readonly'],
    ['faded out', () => input.parentElement?.setAttribute('style', 'opacity:0'), 'hidden:opacity'],
    ['shrunk to 1x1', () => input.setAttribute('data-rect', '0 0 1 1'), 'hidden:size'],
    ['made inert', () => input.closest('form')?.setAttribute('inert', ''), 'hidden:inert'],
  ])('false once %s', (_, change, reason) => {
    change();
    expect(isFillable(target, testGeometry)).toBe(false);
    expect(fillProblem(target, testGeometry)).toBe(reason);
  });
});
