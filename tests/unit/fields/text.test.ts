import { describe, expect, test } from 'vitest';
import { compileKeywords, findKeyword, normalizeText } from '../../../src/content/fields/text';

// Issue 6: keywords must survive camelCase, snake_case, accents and punctuation, and short
// ones must match whole words only.
const match = (keyword: string, text: string): boolean =>
  findKeyword([normalizeText(text)], compileKeywords([keyword])) !== null;

describe('normalizeText', () => {
  test('splits camelCase, acronyms, separators; folds case and accents', () => {
    expect(normalizeText('verificationCode').words).toBe(' verification code ');
    expect(normalizeText('TOTPInput').words).toBe(' totp input ');
    expect(normalizeText('user[otp_attempt]').words).toBe(' user otp attempt ');
    expect(normalizeText('Code de Vérification').compact).toBe('codedeverification');
  });
});

describe('keyword matching', () => {
  test.each([
    ['otp', 'app_otp', true],
    ['otp', 'footprint', false],
    ['pin', 'shipping', false],
    ['pin', 'totpPin', true],
    ['code', 'zipcode', false],
    ['verification code', 'verificationcode', true],
    ['code de vérification', 'code_de_verification', true],
    ['one-time code', 'Enter your one time code', true],
    ['bestätigungscode', 'Bestaetigung', false],
    ['認証コード', '認証コードを入力してください', true],
  ])('%s in %s: %s', (keyword, text, expected) => {
    expect(match(keyword, text)).toBe(expected);
  });
});
