// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fillProblem, singleTarget } from '../../../src/content/fields';
import { sendsElsewhere } from '../../../src/content/fields/form-destination';
import { testGeometry as geometry } from './support/geometry';

// DESIGN 4.5: a form whose action (or a submit button's formaction) is another origin gets
// neither a code nor a submit; an injected form must not carry a live code away.
const here = 'https://portal.net2phone.ca/login';

function field(form: string): HTMLInputElement {
  document.body.innerHTML = form;
  const input = document.querySelector<HTMLInputElement>('#otp');
  if (!input) throw new Error('no #otp');
  return input;
}

const otp = '<input id="otp" autocomplete="one-time-code" maxlength="6">';

describe('sendsElsewhere', () => {
  const onPortal = () => {
    // happy-dom's own hook: the document's URL is the window's location.
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(here);
  };

  it.each([
    ['no form', otp],
    ['no action', `<form>${otp}</form>`],
    ['an empty action', `<form action="">${otp}</form>`],
    ['a relative action', `<form action="/verify">${otp}</form>`],
    ['the same origin spelled out', `<form action="https://portal.net2phone.ca/v">${otp}</form>`],
    [
      'a button posting to the same origin',
      `<form>${otp}<button formaction="/v">Verify</button></form>`,
    ],
  ])('lets a field with %s be filled', (_, html) => {
    onPortal();
    const input = field(html);
    expect(sendsElsewhere(input)).toBe(false);
    expect(fillProblem(singleTarget(input), geometry)).toBeNull();
  });

  it.each([
    ['another origin', `<form action="https://collector.example/steal">${otp}</form>`],
    ['another port', `<form action="https://portal.net2phone.ca:8443/v">${otp}</form>`],
    ['plain http', `<form action="http://portal.net2phone.ca/v">${otp}</form>`],
    ['a javascript: action', `<form action="javascript:void 0">${otp}</form>`],
    [
      'a submit button with another formaction',
      `<form>${otp}<button formaction="https://collector.example/">Go</button></form>`,
    ],
    [
      'a button outside the form that posts it elsewhere',
      `<form id="f">${otp}</form><button form="f" formaction="https://collector.example/">Go</button>`,
    ],
    [
      'a control named like the methods it would shadow',
      `<form action="https://collector.example/"><input name="getAttribute"><input name="action">${otp}</form>`,
    ],
  ])('refuses a field whose form goes to %s', (_, html) => {
    onPortal();
    const input = field(html);
    expect(sendsElsewhere(input)).toBe(true);
    expect(fillProblem(singleTarget(input), geometry)).toBe('form:elsewhere');
  });
});

describe('sendsElsewhere with methods shadowed by the page', () => {
  // Browsers put a form's named controls on the form, and a document's named forms and
  // images on the document, above their methods; happy-dom does not, so the test puts them
  // there as the browser would: an element where the method was.
  const shadow = (target: object, name: string, element: Element) => {
    Object.defineProperty(target, name, { value: element, configurable: true });
    return () => Reflect.deleteProperty(target, name);
  };
  const html = `<form id="f"><input name="getRootNode">${otp}</form><form name="querySelectorAll"></form>
    <button form="f" formaction="https://collector.example/">Go</button>`;

  it('still finds a submit button that posts the form elsewhere', () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(here);
    const input = field(html);
    const form = document.querySelector('#f');
    const control = document.querySelector('[name="getRootNode"]');
    const named = document.querySelector('form[name]');
    if (!form || !control || !named) throw new Error('no forms');
    const restore = [
      shadow(form, 'getRootNode', control),
      shadow(document, 'querySelectorAll', named),
    ];
    try {
      expect(sendsElsewhere(input)).toBe(true);
    } finally {
      for (const undo of restore) undo();
    }
  });
});
