// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { browserGeometry, invisibilityReason } from '../../../src/content/fields';
import { testGeometry } from './support/geometry';
import { element, mount } from './support/snippet';

// DESIGN 4.5 / issue 6: why a field counts as invisible, reason by reason.
function reasonFor(html: string): string | null {
  mount(html);
  const field = document.getElementById('f');
  if (!field) throw new Error('no #f');
  return invisibilityReason(field, testGeometry);
}

test.each([
  ['<input id="f">', null],
  ['<div style="opacity:0.2"><input id="f"></div>', 'hidden:opacity'],
  ['<input id="f" style="opacity:0">', 'hidden:opacity'],
  ['<input id="f" data-rect="10 10 1 1">', 'hidden:size'],
  ['<input id="f" data-rect="10 10 300 4">', 'hidden:size'],
  ['<input id="f" data-rect="-9999 -9999 160 32">', 'hidden:off-screen'],
  ['<section style="display:none"><input id="f"></section>', 'hidden:display'],
  ['<p hidden><input id="f"></p>', 'hidden:attribute'],
  ['<input id="f" style="visibility:collapse">', 'hidden:visibility'],
  ['<div inert><input id="f"></div>', 'hidden:inert'],
  [
    '<div style="overflow:hidden" data-rect="0 0 4 4"><input id="f" data-rect="0 0 160 32"></div>',
    'hidden:clipped',
  ],
  [
    '<div style="overflow:auto" data-rect="0 0 4 4"><input id="f" data-rect="0 0 160 32"></div>',
    null,
  ],
  [
    '<div style="overflow:hidden" data-rect="0 0 4 4"><div style="position:fixed"><input id="f"></div></div>',
    null,
  ],
])('%s -> %s', (html, reason) => {
  expect(reasonFor(html)).toBe(reason);
});

test('body overflow hidden (a modal is open) hides nothing', () => {
  mount('<input id="f" data-rect="10 900 160 32">');
  document.body.style.overflow = 'hidden';
  document.body.setAttribute('data-rect', '0 0 1280 720');
  const field = element('#f');
  expect(invisibilityReason(field, testGeometry)).toBeNull();
  document.body.removeAttribute('style');
  document.body.removeAttribute('data-rect');
});

test('the browser geometry in a DOM without layout sees 0x0 boxes: nothing is fillable', () => {
  // Documents why unit tests inject a geometry: happy-dom computes no layout.
  mount('<input id="f" autocomplete="one-time-code">');
  expect(invisibilityReason(element('#f'), browserGeometry)).toBe('hidden:size');
});
