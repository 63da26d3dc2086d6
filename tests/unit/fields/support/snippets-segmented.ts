import { SONAR_SIGN_IN_HINTS, type Snippet } from './snippet';

const boxes = (
  count: number,
  attributes: string,
  expect = true,
  wrap = (box: string): string => box,
): string =>
  Array.from({ length: count }, (_, index) =>
    wrap(
      `<input ${attributes} aria-label="Digit ${index + 1} of ${count}"${expect ? ' data-expect' : ''}>`,
    ),
  ).join('');

/** One-character boxes: found as one target when 4 to 8 sit together (issue 6). */
export const SEGMENTED_SNIPPETS: readonly Snippet[] = [
  {
    name: 'Sonar-like segmented: six boxes in a labelled group, hints on',
    hints: SONAR_SIGN_IN_HINTS,
    html: `<h1>Two-factor authentication</h1><p>Enter the 6-digit code from your authenticator app</p>
      <form><div class="field"><span class="label" id="code-label">Verification code</span>
      <div class="digits" role="group" aria-labelledby="code-label">
      <input name="digit-1" class="digit" autocomplete="one-time-code" inputmode="numeric" pattern="[0-9]" maxlength="1" aria-label="Digit 1 of 6" data-expect>
      ${[2, 3, 4, 5, 6].map((n) => `<input name="digit-${n}" class="digit" autocomplete="off" inputmode="numeric" pattern="[0-9]" maxlength="1" aria-label="Digit ${n} of 6" data-expect>`).join('')}
      </div></div><button>Verify</button></form>`,
  },
  {
    name: 'Four boxes (PIN-style code) after an authenticator sentence',
    html: `<p>Enter the code from your authenticator app</p><div class="otp">${boxes(4, 'type="tel" maxlength="1"')}</div>`,
  },
  {
    name: 'Eight boxes, each wrapped in its own span',
    html: `<fieldset><legend>Enter your 8-digit verification code</legend><div class="row">
      ${boxes(8, 'inputmode="numeric" maxlength="1"', true, (box) => `<span class="cell">${box}</span>`)}
      </div></fieldset>`,
  },
  {
    name: 'Six boxes with a dash between the third and fourth',
    html: `<h2>Two-step verification</h2><div class="code">${boxes(3, 'type="text" maxlength="1" inputmode="numeric"')}<span>-</span>${boxes(3, 'type="text" maxlength="1" inputmode="numeric"')}</div>`,
  },
  {
    name: 'French segmented: six boxes labelled "Chiffre n"',
    html: `<p>Saisissez le code de vérification</p><div role="group" aria-label="Code de vérification">
      ${Array.from({ length: 6 }, (_, i) => `<input maxlength="1" inputmode="numeric" aria-label="Chiffre ${i + 1}" data-expect>`).join('')}</div>`,
  },
  {
    name: 'Three boxes are not a code',
    html: `<p>Enter the code</p><div>${boxes(3, 'maxlength="1" inputmode="numeric"', false)}</div>`,
  },
  {
    name: 'Nine boxes are not a code (a crossword row, a gift card)',
    html: `<p>Enter the code</p><div>${boxes(9, 'maxlength="1"', false)}</div>`,
  },
  {
    name: 'Date of birth split fields are not boxes (maxlength 2 and 4)',
    html: `<label>Date of birth</label><div><input name="dd" maxlength="2"><input name="mm" maxlength="2"><input name="yyyy" maxlength="4"></div>`,
  },
  {
    name: 'Six boxes for a recovery code are refused',
    html: `<div role="group" aria-label="Recovery code">${boxes(6, 'maxlength="1"', false)}</div>`,
  },
  {
    name: 'Six boxes not in one row (stacked) are not segmented input',
    html: `<p>Verification code</p><div>${Array.from({ length: 6 }, (_, i) => `<input maxlength="1" inputmode="numeric" data-rect="10 ${10 + i * 60} 32 32">`).join('')}</div>`,
  },
];
