// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { findCodeField, rankCodeFields, targetInputs } from '../../../src/content/fields';
import { testGeometry } from './support/geometry';
import { expectedInputs, mount, type Snippet } from './support/snippet';
import { HIDDEN_SNIPPETS } from './support/snippets-hidden';
import { LANGUAGE_SNIPPETS } from './support/snippets-languages';
import { NEGATIVE_SNIPPETS } from './support/snippets-negative';
import { SEGMENTED_SNIPPETS } from './support/snippets-segmented';
import { SITE_SNIPPETS } from './support/snippets-sites';

// Issue 6: the scorer on HTML snippets modelled on real sign-in pages, positive and negative.
// Each snippet marks the input(s) it expects with data-expect; none marked = no field.
const SUITES: Record<string, readonly Snippet[]> = {
  sites: SITE_SNIPPETS,
  languages: LANGUAGE_SNIPPETS,
  segmented: SEGMENTED_SNIPPETS,
  negative: NEGATIVE_SNIPPETS,
  hidden: HIDDEN_SNIPPETS,
};

function detect(snippet: Snippet) {
  mount(snippet.html);
  const near = snippet.near ? document.querySelector(snippet.near) : null;
  return findCodeField(document, {
    geometry: testGeometry,
    ...(snippet.hints ? { hints: snippet.hints } : {}),
    ...(near ? { near } : {}),
  });
}

for (const [suite, snippets] of Object.entries(SUITES)) {
  describe(`findCodeField: ${suite}`, () => {
    test.each(snippets.map((snippet) => [snippet.name, snippet] as const))('%s', (_, snippet) => {
      const target = detect(snippet);
      const expected = expectedInputs();
      if (expected.length === 0) {
        expect(target).toBeNull();
        return;
      }
      expect(target?.kind).toBe(expected.length > 1 ? 'segmented' : 'single');
      expect(target ? targetInputs(target) : []).toEqual(expected);
    });
  });
}

test('there are at least 30 snippets, positive and negative', () => {
  const all = Object.values(SUITES).flat();
  const positives = all.filter((snippet) => snippet.html.includes('data-expect'));
  expect(all.length).toBeGreaterThanOrEqual(30);
  expect(positives.length).toBeGreaterThanOrEqual(15);
  expect(all.length - positives.length).toBeGreaterThanOrEqual(15);
});

test('the enrollment code field outranks the extension field and the password', () => {
  const [snippet] = SITE_SNIPPETS.filter((s) => s.name.startsWith('Sonar-like enrollment pop-up'));
  if (!snippet) throw new Error('enrollment snippet missing');
  mount(snippet.html);
  const ranked = rankCodeFields(document, { minScore: -999 });
  expect(ranked[0]?.inputs[0]?.id).toBe('mfa-code');
  expect(ranked.map((field) => field.inputs[0]?.id)).not.toContain('mfa-password');
});
