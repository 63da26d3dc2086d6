// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { findCodeField, targetInputs } from '../../../src/content/fields';
import { testGeometry } from './support/geometry';
import { element, mount } from './support/snippet';

// Issue 6: code fields inside web components (open shadow roots) are found; closed ones are
// out of reach by design; visibility is judged through the shadow host.
function attach(host: Element, html: string, mode: ShadowRootMode = 'open'): ShadowRoot {
  const root = host.attachShadow({ mode });
  root.innerHTML = html;
  return root;
}

const CODE_FIELD = '<label for="c">Verification code</label><input id="c" inputmode="numeric">';

test('finds a field in an open shadow root, nested two deep', () => {
  mount('<p>Sign in</p><x-login></x-login>');
  const outer = attach(element('x-login'), '<x-otp></x-otp>');
  const inner = attach(element('x-otp', outer), CODE_FIELD);
  const target = findCodeField(document, { geometry: testGeometry });
  expect(target ? targetInputs(target) : []).toEqual([inner.getElementById('c')]);
});

test('never looks into a closed shadow root', () => {
  mount('<x-otp></x-otp>');
  attach(element('x-otp'), CODE_FIELD, 'closed');
  expect(findCodeField(document, { geometry: testGeometry })).toBeNull();
});

test('searches from a shadow root or an element as the root, too', () => {
  mount('<div id="scope"><x-otp></x-otp></div><input id="outside" autocomplete="one-time-code">');
  const shadow = attach(element('x-otp'), CODE_FIELD);
  const fromShadow = findCodeField(shadow, { geometry: testGeometry });
  const fromElement = findCodeField(element('#scope'), {
    geometry: testGeometry,
  });
  expect(fromShadow && targetInputs(fromShadow)).toEqual([shadow.getElementById('c')]);
  expect(fromElement && targetInputs(fromElement)).toEqual([shadow.getElementById('c')]);
});

test('an opacity-0 shadow host hides the field inside it', () => {
  mount('<x-otp style="opacity: 0"></x-otp>');
  attach(element('x-otp'), CODE_FIELD);
  expect(findCodeField(document, { geometry: testGeometry })).toBeNull();
});

test('near the QR code: the field after it in the same dialog, across a shadow boundary', () => {
  mount(`<input id="search-like" name="code" inputmode="numeric">
    <div role="dialog"><img id="qr" alt="QR code"><x-otp></x-otp></div>`);
  const shadow = attach(element('x-otp'), '<input id="c" name="code" inputmode="numeric">');
  const near = element('#qr');
  const target = findCodeField(document, { geometry: testGeometry, near, minScore: 20 });
  expect(target && targetInputs(target)).toEqual([shadow.getElementById('c')]);
});
