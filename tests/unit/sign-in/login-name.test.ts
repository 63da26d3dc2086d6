// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { watchLoginName } from '../../../src/content/sign-in/login-name';
import { testGeometry } from '../fields/support/geometry';
import { element, mount } from '../fields/support/snippet';
import { userClick, userKey, userSubmit } from '../support/trusted';

// Issue 13, pick by login name: the name typed on the sign-in step chooses the account at the
// code step. Read only when the user sends the step; never a password, never a code.

/** The demo portal's password step (tests/fixtures/portal/public/login.js). */
const DEMO_SIGN_IN = `
  <main class="auth"><section class="card auth-card">
    <h1>Sign in to Sonar</h1><div class="alert" role="alert" hidden></div>
    <form novalidate>
      <div class="field"><label for="login">Login name</label>
        <input id="login" name="login" type="text" autocomplete="username"
          placeholder="extension@company.com"></div>
      <div class="field"><label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password"></div>
      <button type="submit" class="primary wide">Sign in</button>
    </form>
    <button type="button" class="sso">Sign in with Google</button>
  </section></main>`;

let names: string[];
let stop: () => void;

function type(selector: string, value: string) {
  (element(selector) as HTMLInputElement).value = value;
}

beforeEach(() => {
  names = [];
  stop = watchLoginName((name) => names.push(name), { geometry: testGeometry });
});
afterEach(() => {
  stop();
  document.body.innerHTML = '';
});

describe('the demo portal', () => {
  test('Sign in: the login name, trimmed', () => {
    mount(DEMO_SIGN_IN);
    type('#login', '  ext101@company.com ');
    type('#password', 'hunter2!');
    userSubmit(element('form'));
    expect(names).toEqual(['ext101@company.com']);
  });

  test('a click on Sign in, or Enter in the password field, reads it too', () => {
    mount(DEMO_SIGN_IN);
    type('#login', 'ext101@company.com');
    type('#password', 'hunter2!');
    userClick(element('button[type="submit"]'));
    userKey(element('#password'), 'Enter');
    expect(names).toEqual(['ext101@company.com', 'ext101@company.com']);
  });

  test("the page's own submit is not the user's", () => {
    mount(DEMO_SIGN_IN);
    type('#login', 'ext101@company.com');
    type('#password', 'hunter2!');
    element('form').dispatchEvent(new Event('submit', { bubbles: true }));
    element('button[type="submit"]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(names).toEqual([]);
  });

  test('other keys and other buttons read nothing', () => {
    mount(DEMO_SIGN_IN);
    type('#login', 'ext101@company.com');
    userKey(element('#login'), 'a');
    userClick(element('button.sso'));
    expect(names).toEqual([]);
  });
});

describe('never a password', () => {
  test('a name equal to the password is not reported', () => {
    mount(DEMO_SIGN_IN);
    type('#login', 'hunter2!');
    type('#password', 'hunter2!');
    userSubmit(element('form'));
    expect(names).toEqual([]);
  });

  test('a password typed into the name field of a form with no name field is not read', () => {
    mount(`<form><input id="password" type="password"><button>Log in</button></form>`);
    type('#password', 'hunter2!');
    userSubmit(element('form'));
    expect(names).toEqual([]);
  });

  test('the enrollment form (code, then current password) gives neither code nor password', () => {
    mount(`<form><label for="c">Enter the code generated from the QR scan</label>
      <input id="c" name="verificationCode" inputmode="numeric" maxlength="6">
      <input id="p" name="currentPassword" type="password"><button type="submit">Save</button></form>`);
    type('#c', '123456');
    type('#p', 'hunter2!');
    userSubmit(element('form'));
    expect(names).toEqual([]);
  });

  test('a code step named "login code" is no login name', () => {
    mount(`<form><label for="c">Login code</label><input id="c" name="loginCode">
      <button type="submit">Verify</button></form>`);
    type('#c', '123456');
    userSubmit(element('form'));
    expect(names).toEqual([]);
  });

  test('an unnamed field holding a code-like number is skipped', () => {
    mount(`<form><input id="x"><input id="p" type="password"><button>Sign in</button></form>`);
    type('#x', '123456');
    type('#p', 'hunter2!');
    userSubmit(element('form'));
    expect(names).toEqual([]);
  });
});

describe('other sign-in pages', () => {
  test('a French form: the field named "identifiant", not the first text field', () => {
    mount(`<form><input id="q" name="agence" value="Montréal">
      <label for="u">Identifiant</label><input id="u" name="ident">
      <label for="p">Mot de passe</label><input id="p" type="password">
      <button type="submit">Se connecter</button></form>`);
    type('#u', 'poste204@entreprise.ca');
    type('#p', 'motdepasse');
    userSubmit(element('form'));
    expect(names).toEqual(['poste204@entreprise.ca']);
  });

  test('no form: a click on "Connexion" reads the block around it', () => {
    mount(`<div class="login-box"><div><input id="u" placeholder="Courriel">
      <input id="p" type="password"></div><div><span role="button">Connexion</span></div></div>`);
    type('#u', 'poste204@entreprise.ca');
    type('#p', 'motdepasse');
    userClick(element('[role="button"]'));
    expect(names).toEqual(['poste204@entreprise.ca']);
  });

  test('with no named field, the nearest visible text input before the password', () => {
    mount(`<form><input id="a"><input id="hidden" style="display:none"><input id="b">
      <input id="p" type="password"><button>Sign in</button></form>`);
    type('#a', 'first');
    type('#hidden', 'hidden-value');
    type('#b', 'ext7');
    type('#p', 'hunter2!');
    userSubmit(element('form'));
    expect(names).toEqual(['ext7']);
  });

  test('an empty or over-long name is not reported', () => {
    mount(DEMO_SIGN_IN);
    type('#password', 'hunter2!');
    userSubmit(element('form'));
    type('#login', 'x'.repeat(257));
    userSubmit(element('form'));
    expect(names).toEqual([]);
  });
});

describe('identifier first (the password on the next screen)', () => {
  test('an e-mail field alone, then Next', () => {
    mount(`<div id="step"><h1>Sign in</h1><input id="e" type="email" autocomplete="email">
      <button type="button">Next</button></div>`);
    type('#e', 'ext101@company.com');
    userClick(element('button'));
    expect(names).toEqual(['ext101@company.com']);
  });

  test('a username field alone, then Enter', () => {
    mount(`<form><label for="u">Nom d'utilisateur</label><input id="u" name="user">
      <button type="submit">Suivant</button></form>`);
    type('#u', 'poste204');
    userKey(element('#u'), 'Enter');
    expect(names).toEqual(['poste204']);
  });

  test('a text field that does not say it holds a login name is not read', () => {
    mount(`<form><label for="s">Search the help centre</label><input id="s" name="q">
      <button type="submit">Continue</button></form>`);
    type('#s', 'reset voicemail');
    userSubmit(element('form'));
    expect(names).toEqual([]);
  });
});

test('nothing after stop', () => {
  mount(DEMO_SIGN_IN);
  stop();
  type('#login', 'ext101@company.com');
  type('#password', 'hunter2!');
  userSubmit(element('form'));
  expect(names).toEqual([]);
});
