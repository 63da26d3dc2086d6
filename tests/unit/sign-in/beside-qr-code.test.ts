// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { singleTarget } from '../../../src/content/fields';
import { isBesideQrCode } from '../../../src/content/sign-in/beside-qr-code';

// Issues 5 and 6: the enrollment's code field is left to enrollment capture.
function targetIn(html: string) {
  document.body.innerHTML = html;
  const input = document.querySelector<HTMLInputElement>('#code');
  if (!input) throw new Error('test setup: no #code');
  return singleTarget(input);
}

describe('isBesideQrCode', () => {
  it('sees the QR code next to an enrollment form', () => {
    const target = targetIn(`
      <div class="panel">
        <p>Scan this QR code with Google Authenticator.</p>
        <div class="qr-frame"><img alt="QR code for Google Authenticator" src="data:,"></div>
        <form><label for="code">Enter the code generated from the QR scan</label>
          <input id="code"><input type="password"></form>
      </div>`);
    expect(isBesideQrCode(target)).toBe(true);
  });

  it('sees a QR code anywhere in the same pop-up', () => {
    const target = targetIn(`
      <div role="dialog"><section><canvas aria-label="Authenticator QR"></canvas></section>
        <section><div><form><input id="code"></form></div></section></div>`);
    expect(isBesideQrCode(target)).toBe(true);
  });

  it('leaves a sign-in code step alone, logo and all', () => {
    const target = targetIn(`
      <main><section class="card"><img alt="Sonar" src="data:,">
        <h1>Two-factor authentication</h1>
        <form><label for="code">Verification code</label><input id="code"></form>
      </section></main>`);
    expect(isBesideQrCode(target)).toBe(false);
  });

  it('does not look beyond the form’s own block', () => {
    const target = targetIn(`
      <main><aside><img alt="QR code for the mobile app" src="data:,"></aside>
        <section><div class="card"><form><input id="code"></form></div></section></main>`);
    expect(isBesideQrCode(target)).toBe(false);
  });
});
