// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { scoreField } from '../../../src/content/fields';
import { DEFAULT_MIN_SCORE } from '../../../src/content/fields/weights';
import { element, inputAt, mount } from './support/snippet';

// Issue 6: the scorer's individual signals, with the reason ids that explain a score.
function scoreOf(html: string, id = 'f', options: Parameters<typeof scoreField>[1] = {}) {
  mount(html);
  const input = document.getElementById(id);
  if (!(input instanceof HTMLInputElement)) throw new Error(`no input #${id}`);
  return scoreField(input, options);
}

describe('positive signals', () => {
  test('autocomplete="one-time-code" alone is enough', () => {
    const { score, reasons } = scoreOf('<input id="f" autocomplete="one-time-code">');
    expect(reasons).toEqual(['autocomplete']);
    expect(score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE);
  });

  test('format signals add up: numeric mode, digit pattern, 6-8 maxlength', () => {
    const { reasons } = scoreOf(
      '<input id="f" type="tel" inputmode="numeric" pattern="[0-9]*" maxlength="6">',
    );
    expect(reasons).toEqual(['inputmode', 'type-numeric', 'pattern', 'maxlength']);
  });

  test('a strong keyword in a French label, a weak one in an attribute', () => {
    expect(scoreOf('<label for="f">Code de vérification</label><input id="f">').reasons).toContain(
      'kw-strong',
    );
    expect(scoreOf('<input id="f" name="code">').reasons).toEqual(['kw-weak']);
  });

  test('context: the text before the field, and the form action path', () => {
    expect(scoreOf('<p>Open your authenticator app</p><input id="f">').reasons).toEqual([
      'ctx-strong',
    ]);
    const { reasons } = scoreOf(
      '<form action="https://coupon.example/sessions/two-factor"><input id="f"></form>',
    );
    expect(reasons).toEqual(['ctx-strong']);
  });

  test('context stops at the previous field', () => {
    const { reasons } = scoreOf(
      '<label for="p">Phone number</label><input id="p"><input id="f" name="otp">',
    );
    expect(reasons).toEqual(['kw-strong']);
  });
});

describe('negative signals', () => {
  test.each([
    ['<label for="f">Recovery code</label><input id="f" name="code">', 'neg:recovery'],
    ['<input id="f" name="smsCode">', 'neg:sms'],
    ['<input id="f" placeholder="Coupon code">', 'neg:coupon'],
    ['<input id="f" name="zip_code">', 'neg:postal'],
    ['<input id="f" name="captcha">', 'neg:captcha'],
    ['<p>We sent a text message to your phone</p><input id="f" name="code">', 'ctx-neg:sms'],
  ])('%s -> %s', (html, reason) => {
    const { score, reasons } = scoreOf(html);
    expect(reasons).toContain(reason);
    expect(score).toBeLessThan(DEFAULT_MIN_SCORE);
  });

  test('"one-time password" is not a password', () => {
    const { reasons } = scoreOf('<label for="f">One-time password</label><input id="f">');
    expect(reasons).toContain('kw-strong');
    expect(reasons).not.toContain('neg:password');
  });
});

describe('exclusions', () => {
  test.each([
    ['<input id="f" type="email" name="otp">', 'excluded:type'],
    ['<input id="f" type="checkbox" name="otp">', 'excluded:type'],
    ['<input id="f" name="otp" autocomplete="username">', 'excluded:autocomplete'],
    ['<input id="f" name="otp" autocomplete="shipping postal-code">', 'excluded:autocomplete'],
    ['<input id="f" name="otp" inputmode="email">', 'excluded:inputmode'],
    ['<input id="f" name="otp" role="searchbox">', 'excluded:search'],
    ['<input id="f" name="q">', 'excluded:search'],
    ['<input id="f" name="otp" maxlength="3">', 'excluded:maxlength'],
    ['<input id="f" name="otp" disabled>', 'excluded:disabled'],
    ['<input id="f" name="otp" readonly>', 'excluded:readonly'],
    ['<input id="f" type="password" name="pass">', 'excluded:password'],
  ])('%s -> %s', (html, reason) => {
    expect(scoreOf(html).reasons).toEqual([reason]);
  });

  test('a one-character box is excluded alone but scored as a segment', () => {
    expect(scoreOf('<input id="f" maxlength="1" inputmode="numeric">').reasons).toEqual([
      'excluded:maxlength',
    ]);
    const segment = scoreOf('<input id="f" maxlength="1" inputmode="numeric">', 'f', {
      segment: true,
    });
    expect(segment.reasons).toEqual(['inputmode']);
  });
});

describe('hints and near', () => {
  const hints = { labels: ['code generated from the QR'], selectors: ['input[name*="code" i]'] };

  test('profile selector and label text add points', () => {
    const html =
      '<label for="f">Enter the code generated from the QR scan</label><input id="f" name="verificationCode">';
    const { reasons } = scoreOf(html, 'f', { hints });
    expect(reasons).toEqual(expect.arrayContaining(['hint-selector', 'hint-label']));
  });

  test('a malformed profile selector is a hint that did not match', () => {
    const broken = { labels: [], selectors: ['input[name=', '::nonsense('] };
    expect(scoreOf('<input id="f" name="otp">', 'f', { hints: broken }).reasons).toEqual([
      'kw-strong',
    ]);
  });

  test('after the QR code and in its dialog', () => {
    mount(`<input id="before" name="code"><div role="dialog"><img id="qr" alt="QR">
      <input id="after" name="code"></div>`);
    const near = element('#qr');
    const after = inputAt('#after');
    const before = inputAt('#before');
    expect(scoreField(after, { near }).reasons).toEqual(['kw-weak', 'near-after', 'near-scope']);
    expect(scoreField(before, { near }).reasons).toEqual(['kw-weak']);
  });
});
