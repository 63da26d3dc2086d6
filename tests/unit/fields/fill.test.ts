// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fillCode, singleTarget } from '../../../src/content/fields';
import { testGeometry } from './support/geometry';
import { FILL_EVENT_TYPES, recordEvents, trackLikeReact } from './support/react-tracker';
import { element, inputAt, mount } from './support/snippet';

// Issue 6 / DESIGN 4.5: one code input filled with the events frameworks listen to.
const geometry = testGeometry;

function field(attributes = 'name="code" maxlength="6"'): HTMLInputElement {
  mount(`<form><label for="c">Verification code</label><input id="c" ${attributes}></form>`);
  return inputAt('#c');
}

describe('React-controlled input', () => {
  test('the value tracker sees the change, so onChange fires with the code', () => {
    const input = field();
    const react = trackLikeReact(input);
    expect(fillCode(singleTarget(input), '123456', { geometry })).toBe(true);
    expect(react.changes).toEqual(['123456']);
  });

  test('control: plain assignment would have gone unnoticed by React', () => {
    const input = field();
    const react = trackLikeReact(input);
    input.value = '123456';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(react.changes).toEqual([]);
  });
});

describe('events', () => {
  test('focus, keydown, beforeinput, input (paste of the code), keyup, change; no blur', () => {
    const input = field();
    const log = recordEvents(input, FILL_EVENT_TYPES);
    expect(fillCode(singleTarget(input), '004211', { geometry })).toBe(true);
    expect(log).toEqual([
      'focus',
      'keydown:Unidentified',
      'beforeinput:insertFromPaste:004211',
      'input:insertFromPaste:004211',
      'keyup:Unidentified',
      'change',
    ]);
    expect(document.activeElement).toBe(input);
  });

  test('input events bubble out of a shadow root to listeners on the page', () => {
    mount('<x-otp></x-otp>');
    const host = element('x-otp');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<input id="c" name="otp">';
    const seen = recordEvents(document.body, ['input', 'change']);
    const input = inputAt('#c', shadow);
    expect(fillCode(singleTarget(input), '123456', { geometry })).toBe(true);
    expect(seen).toEqual(['input:insertFromPaste:123456']);
  });

  test('a page that cancels beforeinput and inserts the text itself still ends filled', () => {
    const input = field();
    input.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      input.value = event.data ?? '';
    });
    expect(fillCode(singleTarget(input), '654321', { geometry })).toBe(true);
  });

  test('a page that cancels beforeinput and drops the text: not filled, false', () => {
    const input = field();
    input.addEventListener('beforeinput', (event) => event.preventDefault());
    expect(fillCode(singleTarget(input), '654321', { geometry })).toBe(false);
    expect(input.value).toBe('');
  });

  test('a page that formats the code as "123 456" still counts as filled', () => {
    const input = field('name="code" maxlength="7"');
    input.addEventListener('input', () => {
      input.value = input.value.replace(/^(\d{3})(\d{3})$/, '$1 $2');
    });
    expect(fillCode(singleTarget(input), '123456', { geometry })).toBe(true);
    expect(input.value).toBe('123 456');
  });

  test('replaces a previous wrong code', () => {
    const input = field();
    input.value = '999999';
    expect(fillCode(singleTarget(input), '123456', { geometry })).toBe(true);
    expect(input.value).toBe('123456');
  });
});

describe('refusals', () => {
  test.each([
    ['longer than maxlength', 'name="code" maxlength="6"', '12345678'],
    ['disabled', 'name="code" disabled', '123456'],
    ['read-only', 'name="code" readonly', '123456'],
    ['invisible', 'name="code" style="opacity:0"', '123456'],
    ['not a code', 'name="code"', '12 34 56'],
    ['empty code', 'name="code"', ''],
  ])('%s: false, value untouched, no events', (_, attributes, code) => {
    const input = field(attributes);
    const log = recordEvents(input, FILL_EVENT_TYPES);
    expect(fillCode(singleTarget(input), code, { geometry })).toBe(false);
    expect(input.value).toBe('');
    expect(log).toEqual([]);
  });

  test('the field was swapped after it was found', () => {
    const input = field();
    const target = singleTarget(input);
    input.replaceWith(input.cloneNode(true));
    const swapped = inputAt('#c');
    expect(swapped).not.toBe(input);
    expect(fillCode(target, '123456', { geometry })).toBe(false);
    expect(swapped.value).toBe('');
  });
});

describe('keeping the focus where the user is (issue 5: a code refreshed while typing)', () => {
  test('keepFocus fills without moving the focus from the password field', () => {
    mount(
      `<form><label for="c">Verification code</label><input id="c" name="code" maxlength="6">
       <label for="p">Password</label><input id="p" type="password"></form>`,
    );
    const code = inputAt('#c');
    const password = inputAt('#p');
    password.focus();
    expect(fillCode(singleTarget(code), '123456', { geometry, keepFocus: true })).toBe(true);
    expect(code.value).toBe('123456');
    expect(document.activeElement).toBe(password);
  });
});
