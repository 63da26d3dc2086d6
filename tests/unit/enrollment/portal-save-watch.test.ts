// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { watchPortalSave } from '../../../src/content/enrollment/portal-save-watch';
import { testGeometry } from '../fields/support/geometry';
import { element, mount } from '../fields/support/snippet';
import { userClick, userKey, userSubmit } from '../support/trusted';

// Issue 13: after the extension saved the QR code's account and filled the code, the portal's
// own Save may succeed (then the prompt recommends signing out and in again to test), fail,
// or be cancelled. Only a save the user started and the portal confirmed counts.

/** The demo portal's set-up panel (tests/fixtures/portal/public/mfa-setup.js). */
const DEMO_PANEL = `
  <div class="dialog"><section class="dialog-section" aria-labelledby="security-section-title">
    <h3 id="security-section-title">Account Security</h3>
    <div class="setting-row"><span class="setting-name">Multi-Factor Authentication</span>
      <button type="button" class="secondary" hidden>Set Up Google Authenticator</button></div>
    <div class="mfa-panel">
      <p>Scan this QR code with Google Authenticator or Salesforce Authenticator.</p>
      <div class="qr-frame"><canvas id="qr" aria-label="QR code"></canvas></div>
      <form novalidate>
        <div class="field"><label for="mfa-code">Enter the code generated from the QR scan</label>
          <input id="mfa-code" name="verificationCode" inputmode="numeric" maxlength="6"></div>
        <div class="field"><label for="mfa-password">Current Sonar password</label>
          <input id="mfa-password" name="currentPassword" type="password"></div>
        <div class="alert" role="alert" hidden></div>
        <div class="actions"><button type="submit" class="primary">Save</button>
          <button type="button" class="secondary">Cancel</button></div>
      </form>
    </div>
  </section></div>`;

/** A French portal: a dialog with the QR code and the field, no form, a "Valider" button. */
const FRENCH_DIALOG = `
  <div role="dialog" aria-label="Authentification à deux facteurs" id="dialog">
    <img id="qr" alt="Code QR" src="data:image/png;base64,">
    <label for="code">Code de vérification</label><input id="code">
    <p class="erreur-message"></p>
    <button type="button">Valider</button> <button type="button" aria-label="Fermer">×</button>
  </div>`;

let saves: number;
let stop: () => void;

function start(options: { timeoutMs?: number } = {}) {
  const qr = element('#qr');
  const field = document.querySelector<HTMLInputElement>('#mfa-code, #code');
  stop = watchPortalSave(qr, field, () => (saves += 1), { ...options, geometry: testGeometry });
}

/** The user presses Save: the click, then the submit the browser makes of it. */
function pressSave() {
  userClick(element('button[type="submit"]'));
  userSubmit(element('form'));
}

function setAlert(region: Element, text: string) {
  region.textContent = text;
  (region as HTMLElement).hidden = text === '';
}

/** The demo's success: the panel replaced by its notice. */
function demoSaved() {
  const notice = document.createElement('p');
  notice.className = 'notice notice-success';
  notice.setAttribute('role', 'status');
  notice.textContent = 'Two-factor authentication is now on';
  element('.mfa-panel').replaceChildren(notice);
}

const elapse = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers();
  saves = 0;
});
afterEach(() => {
  stop();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the demo portal', () => {
  test('Save, then its success notice: saved, once', async () => {
    mount(DEMO_PANEL);
    start();
    pressSave();
    demoSaved();
    await elapse(5_000);
    expect(saves).toBe(1);
  });

  test('Save refused, then saved again', async () => {
    mount(DEMO_PANEL);
    start();
    pressSave();
    element('#mfa-code').setAttribute('aria-invalid', 'true');
    setAlert(
      element('[role="alert"]'),
      'The code generated from the QR scan is not valid. Scan the QR code again.',
    );
    await elapse(5_000);
    expect(saves).toBe(0);
    pressSave();
    demoSaved();
    await elapse();
    expect(saves).toBe(1);
  });

  test('a notice elsewhere while the set-up still shows its error is no save', async () => {
    mount(`${DEMO_PANEL}<div id="toast" role="status"></div>`);
    start();
    pressSave();
    setAlert(element('[role="alert"]'), 'Your current Sonar password is incorrect.');
    await elapse();
    pressSave();
    element('#toast').textContent = 'Preferences saved';
    await elapse(5_000);
    expect(saves).toBe(0);
  });

  test('a wrong password is no save either', async () => {
    mount(DEMO_PANEL);
    start();
    pressSave();
    setAlert(element('[role="alert"]'), 'Your current Sonar password is incorrect.');
    await elapse(5_000);
    expect(saves).toBe(0);
  });

  test('Cancel takes the QR code away: no save', async () => {
    mount(DEMO_PANEL);
    start();
    userClick(element('button.secondary:not([hidden])'));
    element('.mfa-panel').replaceChildren();
    (element('.mfa-panel') as HTMLElement).hidden = true;
    await elapse(5_000);
    expect(saves).toBe(0);
  });

  test('Save refused, then Cancel: no save', async () => {
    mount(DEMO_PANEL);
    start();
    pressSave();
    setAlert(element('[role="alert"]'), 'The code generated from the QR scan is not valid.');
    await elapse();
    userClick(element('.actions .secondary'));
    element('.mfa-panel').replaceChildren();
    await elapse(5_000);
    expect(saves).toBe(0);
  });

  test('Save, then Cancel before any answer: no save', async () => {
    mount(DEMO_PANEL);
    start();
    pressSave();
    userClick(element('.actions .secondary'));
    element('.mfa-panel').replaceChildren();
    await elapse(5_000);
    expect(saves).toBe(0);
  });

  test('Save refused, then the page takes the set-up away: no save', async () => {
    mount(DEMO_PANEL);
    start();
    pressSave();
    setAlert(element('[role="alert"]'), 'Your session expired. Start again.');
    await elapse();
    element('.mfa-panel').replaceChildren();
    await elapse(5_000);
    expect(saves).toBe(0);
  });

  test('the QR code vanishing with no submit is no save', async () => {
    mount(DEMO_PANEL);
    start();
    element('.mfa-panel').remove();
    await elapse(5_000);
    expect(saves).toBe(0);
  });

  test("the page's own click and submit are not the user's", async () => {
    mount(DEMO_PANEL);
    start();
    element('button[type="submit"]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    element('form').dispatchEvent(new Event('submit', { bubbles: true }));
    demoSaved();
    await elapse(5_000);
    expect(saves).toBe(0);
  });

  test('a success text that says it failed is no save', async () => {
    mount(DEMO_PANEL);
    start();
    pressSave();
    setAlert(element('[role="alert"]'), 'Two-factor authentication could not be enabled.');
    await elapse(5_000);
    expect(saves).toBe(0);
  });
});

describe('a French portal', () => {
  test('Valider, then a live notice elsewhere on the page: saved', async () => {
    mount(`${FRENCH_DIALOG}<div id="toast" aria-live="polite"></div>`);
    start();
    userClick(element('#dialog button'));
    element('#toast').textContent = "L'authentification à deux facteurs est activée.";
    await elapse();
    expect(saves).toBe(1);
  });

  test('Enter in the field, then the dialog closes with no error: saved', async () => {
    mount(FRENCH_DIALOG);
    start();
    userKey(element('#code'), 'Enter');
    element('#dialog').remove();
    await elapse(200);
    expect(saves).toBe(0);
    await elapse(5_000);
    expect(saves).toBe(1);
  });

  test('an error, then the dialog closed with ×: no save', async () => {
    mount(FRENCH_DIALOG);
    start();
    userClick(element('#dialog button'));
    element('.erreur-message').textContent = 'Code invalide, réessayez.';
    await elapse();
    userClick(element('[aria-label="Fermer"]'));
    element('#dialog').remove();
    await elapse(5_000);
    expect(saves).toBe(0);
  });

  test('Fermer is not a save', async () => {
    mount(FRENCH_DIALOG);
    start();
    userClick(element('[aria-label="Fermer"]'));
    element('#dialog').remove();
    await elapse(5_000);
    expect(saves).toBe(0);
  });
});

describe('time limit and stop', () => {
  test('nothing after the time limit', async () => {
    mount(DEMO_PANEL);
    start({ timeoutMs: 1_000 });
    await elapse(1_001);
    pressSave();
    demoSaved();
    await elapse(5_000);
    expect(saves).toBe(0);
  });

  test('nothing after stop', async () => {
    mount(DEMO_PANEL);
    start();
    stop();
    pressSave();
    demoSaved();
    await elapse(5_000);
    expect(saves).toBe(0);
  });
});
