import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { anchorPattern } from '../../../src/content/fields/anchor-pattern';
import { anchorOf, codeWordAnchors } from '../../../src/content/fields/code-word-anchors';
import {
  STRONG_ANCHOR_PATTERN,
  STRONG_KEYWORDS,
} from '../../../src/sites/vocabulary/field-keywords';
import { compileKeywords, findKeyword, normalizeText } from '../../../src/content/fields/text';
import { demoPortal } from '../../../src/sites/demo-portal';
import { sonar } from '../../../src/sites/sonar';
import { userPortalProfile } from '../../../src/sites/user-portal';

// Issue 6: the content script's quick test must never say no where the scorer says yes.

const PROFILES = [sonar, demoPortal, userPortalProfile('https://portal.example.com/*')];
const LABEL_LISTS = PROFILES.flatMap((profile) => [
  profile.enrollment.codeFieldLabels,
  profile.signIn.codeFieldLabels,
]);

/** The ways pages write the same words: as written, cases, run together, separators, NFD. */
function spellings(keyword: string): string[] {
  const words = keyword.split(/[\s-]+/);
  const capitalised = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return [
    keyword,
    keyword.toUpperCase(),
    capitalised.join(' '),
    `${words[0] ?? ''}${capitalised.slice(1).join('')}`,
    words.join('_'),
    words.join('-'),
    keyword.normalize('NFD'),
    keyword.normalize('NFD').replace(/\p{M}/gu, ''),
    `${keyword}:`,
    `« ${keyword} »`,
  ];
}

test('the pattern written out in field-keywords.ts is the one the keywords make', () => {
  const current = anchorPattern(STRONG_KEYWORDS.map(anchorOf));
  expect(
    STRONG_ANCHOR_PATTERN,
    `keywords changed: set STRONG_ANCHOR_PATTERN to ${JSON.stringify(current)}`,
  ).toBe(current);
});

describe('every text the scorer finds a strong keyword or profile label in passes', () => {
  test.each(LABEL_LISTS.map((labels) => [labels.join(', '), labels] as const))(
    'strong keywords and the labels %s',
    (_, labels) => {
      const anchors = codeWordAnchors(labels);
      const keywords = compileKeywords([...STRONG_KEYWORDS, ...labels]);
      const texts = [...STRONG_KEYWORDS, ...labels].flatMap(spellings);
      // Only what the scorer itself matches is owed a pass.
      const owed = texts.filter((text) => findKeyword([normalizeText(text)], keywords));
      expect(owed.length).toBeGreaterThan(STRONG_KEYWORDS.length * 5);
      expect(owed.filter((text) => !anchors.test(text))).toEqual([]);
    },
  );

  test('inside any surrounding text', () => {
    const anchors = codeWordAnchors(sonar.signIn.codeFieldLabels);
    const keywords = compileKeywords(STRONG_KEYWORDS);
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom(...STRONG_KEYWORDS.flatMap(spellings)),
        fc.string(),
        (before, keyword, after) => {
          const text = `${before} ${keyword} ${after}`;
          return !findKeyword([normalizeText(text)], keywords) || anchors.test(text);
        },
      ),
    );
  });
});

test('common words that only sound like a code step do not pass', () => {
  const anchors = codeWordAnchors(sonar.signIn.codeFieldLabels);
  for (const text of ['Time', 'Password', 'Log in', 'Second', 'Step 2 of 3', 'Postal code']) {
    expect(anchors.test(text), text).toBe(false);
  }
  expect(anchors.test('Enter the Verification Code')).toBe(true);
});

test("a label's punctuation is folded away, never read as a pattern", () => {
  const anchors = codeWordAnchors(['c.de (pin)?', 'a|b']);
  expect(anchors.test('Enter the CDE PIN')).toBe(true);
  expect(anchors.test('ab')).toBe(true);
  for (const text of ['cxde pin', 'c de', 'a', 'b']) expect(anchors.test(text), text).toBe(false);
});
