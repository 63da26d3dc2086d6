// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { deservesFullLook } from '../../src/content/page-survey';
import { sonar } from '../../src/sites/sonar';

// Issue 6: a big page gets the full first look only when it shows a sign of a code step.
function bigPage(extra = ''): void {
  const rows = Array.from(
    { length: 400 },
    (_, index) => `<tr><td><a href="#">Row ${index}</a></td><td><input name="n${index}"></td></tr>`,
  ).join('');
  document.body.innerHTML = `<h1>Reports</h1><table>${rows}</table>${extra}`;
}

test('a small page always gets the full look', () => {
  document.body.innerHTML = '<form><input name="q"><button>Go</button></form>';
  expect(deservesFullLook(sonar)).toBe(true);
});

test('a big page with no sign of a code step does not', () => {
  bigPage('<p>Time sheet, password policy and login history</p>');
  expect(document.getElementsByTagName('*').length).toBeGreaterThan(1500);
  expect(deservesFullLook(sonar)).toBe(false);
});

test.each([
  ['a code word in its text', '<p>Two-Factor Authentication</p>'],
  ['a label of the profile', '<p>Code de vérification</p>'],
  ['a one-time-code input', '<input autocomplete="one-time-code">'],
  ['an input named for a one-time code', '<input name="otp">'],
  ['an input asking for digits', '<input name="code" inputmode="numeric" maxlength="6">'],
  ['an input matching the profile', '<input name="sms_code">'],
  ['an input named for a second factor', '<input id="twoFactorCode">'],
])('a big page with %s does', (_, extra) => {
  bigPage(extra);
  expect(deservesFullLook(sonar)).toBe(true);
});

test('a code word only in the head (a script, a style) is no sign', () => {
  bigPage('<p>Time sheet</p>');
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.textContent = 'const labels = { verification: "Verification code", mfa: true };';
  document.head.append(script);
  try {
    expect(deservesFullLook(sonar)).toBe(false);
  } finally {
    script.remove();
  }
});

test('a code word in a long page text is still found', () => {
  const filler = `<p>${'Monthly report line. '.repeat(4000)}</p>`;
  bigPage(`${filler}<p>Enter the verification code</p>`);
  expect(deservesFullLook(sonar)).toBe(true);
  bigPage(filler);
  expect(deservesFullLook(sonar)).toBe(false);
});
