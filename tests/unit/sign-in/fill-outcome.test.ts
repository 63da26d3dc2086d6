// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { singleTarget, type CodeTarget } from '../../../src/content/fields';
import { watchFillOutcome, type CodeVerdict } from '../../../src/content/sign-in/fill-outcome';
import { testGeometry } from '../fields/support/geometry';
import { element, mount } from '../fields/support/snippet';

// Issue 13, a rejected code: after the extension filled a sign-in code, the page either shows
// that it refused it (an error near the field, in English or French, or aria-invalid), or the
// code step goes away. Fake timers stand in for the quiet-page and settle delays.

/** The demo portal's code step (tests/fixtures/portal/public/login.js), `alert` as it renders. */
const DEMO_CODE_STEP = `
  <main class="auth"><section class="card auth-card" aria-labelledby="code-title">
    <h1 id="code-title">Two-factor authentication</h1>
    <p>Enter the 6-digit code from your authenticator app</p>
    <div class="alert" role="alert" hidden></div>
    <form novalidate><input id="code" name="code" autocomplete="one-time-code" inputmode="numeric">
      <button type="submit" class="primary wide">Verify</button></form>
    <button type="button" class="link">Use a different account</button>
  </section></main>`;

let outcomes: CodeVerdict[];
let stop: () => void;

function start(options: { timeoutMs?: number } = {}): CodeTarget {
  const target = singleTarget(element('#code') as HTMLInputElement);
  stop = watchFillOutcome(target, (outcome) => outcomes.push(outcome), {
    ...options,
    geometry: testGeometry,
  });
  return target;
}

/** The demo's setAlert: text first, then shown. */
function setAlert(region: Element, text: string) {
  region.textContent = text;
  (region as HTMLElement).hidden = text === '';
}

/** Lets the observer deliver and `ms` of timers run. */
const elapse = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers();
  outcomes = [];
});
afterEach(() => {
  stop();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('refused', () => {
  test("the demo portal's alert after a refused code", async () => {
    mount(DEMO_CODE_STEP);
    start();
    setAlert(element('[role="alert"]'), 'That code is not valid.');
    await elapse();
    expect(outcomes).toEqual(['refused']);
  });

  test('reports once, then stops', async () => {
    mount(DEMO_CODE_STEP);
    start();
    setAlert(element('[role="alert"]'), 'That code is not valid.');
    await elapse();
    setAlert(element('[role="alert"]'), 'Invalid code, try again.');
    element('form').remove();
    await elapse(5_000);
    expect(outcomes).toEqual(['refused']);
  });

  test.each([
    ['<p class="form-error"></p>', 'Le code est incorrect.'],
    ['<div role="alert"></div>', 'Code invalide'],
    ['<span class="invalid-feedback"></span>', 'Code erroné, réessayez.'],
    ['<div aria-live="polite"></div>', 'Ce code a expiré.'],
    ['<div id="errorMessage"></div>', 'Wrong code'],
  ])('a French or English error in %s: %s', async (region, text) => {
    mount(`<section><h2>Vérification en deux étapes</h2>
      <form><label for="code">Code</label><input id="code">${region}</form></section>`);
    start();
    const message = element('form > :last-child');
    message.textContent = text;
    await elapse();
    expect(outcomes).toEqual(['refused']);
  });

  test('the field turning aria-invalid', async () => {
    mount(DEMO_CODE_STEP);
    start();
    element('#code').setAttribute('aria-invalid', 'true');
    await elapse();
    expect(outcomes).toEqual(['refused']);
  });

  test('aria-invalid the field already had does not count when set again', async () => {
    mount(DEMO_CODE_STEP);
    element('#code').setAttribute('aria-invalid', 'true');
    start();
    element('#code').setAttribute('aria-invalid', 'true');
    await elapse(5_000);
    expect(outcomes).toEqual([]);
  });

  test('a message that is not a refusal is not one', async () => {
    mount(DEMO_CODE_STEP);
    start();
    setAlert(element('[role="alert"]'), 'Checking your code…');
    await elapse(5_000);
    expect(outcomes).toEqual([]);
  });
});

test('a code step inside a web component (open shadow root)', async () => {
  mount('<sonar-verify></sonar-verify>');
  const shadow = element('sonar-verify').attachShadow({ mode: 'open' });
  shadow.innerHTML = '<form><input id="code"><p class="error" hidden></p></form>';
  const input = shadow.querySelector('input');
  if (!input) throw new Error('setup: no input');
  stop = watchFillOutcome(singleTarget(input), (outcome) => outcomes.push(outcome), {
    geometry: testGeometry,
  });
  const error = element('.error', shadow);
  setAlert(error, 'Incorrect code');
  await elapse();
  expect(outcomes).toEqual(['refused']);
});

describe('an error shown before the fill', () => {
  const shown = DEMO_CODE_STEP.replace(
    '<div class="alert" role="alert" hidden></div>',
    '<div class="alert" role="alert">That code is not valid.</div>',
  );

  test('does not count while it just stays, restyled', async () => {
    mount(shown);
    start();
    element('[role="alert"]').className = 'alert shake';
    await elapse(5_000);
    expect(outcomes).toEqual([]);
  });

  test('counts when the page sets the same text again (a second refusal)', async () => {
    mount(shown);
    start();
    setAlert(element('[role="alert"]'), 'That code is not valid.');
    await elapse();
    expect(outcomes).toEqual(['refused']);
  });

  test('counts when hidden, then shown again', async () => {
    mount(shown);
    start();
    const alert = element('[role="alert"]') as HTMLElement;
    alert.hidden = true;
    await elapse();
    alert.hidden = false;
    await elapse();
    expect(outcomes).toEqual(['refused']);
  });
});

describe('elsewhere on the page', () => {
  const withBanner = (banner: string) =>
    `<header><div class="site-banner" role="alert"></div></header>${DEMO_CODE_STEP}
     <footer><p class="error"></p></footer>${banner}`;

  test('an unrelated banner is not a refusal', async () => {
    mount(withBanner(''));
    start();
    element('.site-banner').textContent = 'Payment failed: please try again.';
    element('footer .error').textContent = 'Invalid e-mail address';
    await elapse(5_000);
    expect(outcomes).toEqual([]);
  });

  test('a live region that mentions the code counts wherever it is', async () => {
    mount(withBanner(''));
    start();
    element('.site-banner').textContent = 'The verification code you entered is incorrect.';
    await elapse();
    expect(outcomes).toEqual(['refused']);
  });

  test('a code step rendered again with an error counts', async () => {
    mount(DEMO_CODE_STEP);
    start();
    mount(DEMO_CODE_STEP.replace('hidden></div>', '>That code is not valid.</div>'));
    await elapse();
    expect(outcomes).toEqual(['refused']);
  });
});

describe('gone', () => {
  test('the code step replaced by the next view, once the page settles', async () => {
    mount(DEMO_CODE_STEP);
    start();
    element('main').replaceChildren(
      Object.assign(document.createElement('h1'), { textContent: 'Dashboard' }),
    );
    await elapse(100);
    expect(outcomes).toEqual([]);
    await elapse(5_000);
    expect(outcomes).toEqual(['gone']);
  });

  test('the code step hidden counts as gone', async () => {
    mount(DEMO_CODE_STEP);
    start();
    (element('section') as HTMLElement).style.display = 'none';
    await elapse(5_000);
    expect(outcomes).toEqual(['gone']);
  });

  test('a spinner, then the step again with an error, is a refusal', async () => {
    mount(DEMO_CODE_STEP);
    start();
    const step = element('section');
    const spinner = Object.assign(document.createElement('div'), { className: 'spinner' });
    step.replaceWith(spinner);
    await elapse(500);
    spinner.replaceWith(step);
    setAlert(element('[role="alert"]'), 'Incorrect code.');
    await elapse(5_000);
    expect(outcomes).toEqual(['refused']);
  });

  test('a field still there (disabled while the portal checks) is not gone', async () => {
    mount(DEMO_CODE_STEP);
    start();
    (element('#code') as HTMLInputElement).disabled = true;
    element('button').setAttribute('class', 'primary wide busy');
    await elapse(5_000);
    expect(outcomes).toEqual([]);
  });
});

describe('time limit and stop', () => {
  test('nothing after the time limit', async () => {
    mount(DEMO_CODE_STEP);
    start({ timeoutMs: 1_000 });
    await elapse(1_001);
    setAlert(element('[role="alert"]'), 'That code is not valid.');
    element('form').remove();
    await elapse(5_000);
    expect(outcomes).toEqual([]);
  });

  test('nothing after stop', async () => {
    mount(DEMO_CODE_STEP);
    start();
    stop();
    setAlert(element('[role="alert"]'), 'That code is not valid.');
    await elapse(5_000);
    expect(outcomes).toEqual([]);
  });
});
