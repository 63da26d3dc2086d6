// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { scoreField } from '../../../src/content/fields';
import { inputsWorthScoring } from '../../../src/content/fields/worth-scoring';
import { DEFAULT_MIN_SCORE } from '../../../src/content/fields/weights';
import { mount, SONAR_SIGN_IN_HINTS, type Snippet } from './support/snippet';
import { HIDDEN_SNIPPETS } from './support/snippets-hidden';
import { LANGUAGE_SNIPPETS } from './support/snippets-languages';
import { NEGATIVE_SNIPPETS } from './support/snippets-negative';
import { SEGMENTED_SNIPPETS } from './support/snippets-segmented';
import { SITE_SNIPPETS } from './support/snippets-sites';

// Issue 6: leaving inputs out of the full scoring is safe only if no input left out would
// have scored enough to be taken, with or without the site's hints.
const SNIPPETS: readonly Snippet[] = [
  ...SITE_SNIPPETS,
  ...LANGUAGE_SNIPPETS,
  ...SEGMENTED_SNIPPETS,
  ...NEGATIVE_SNIPPETS,
  ...HIDDEN_SNIPPETS,
];

test.each(SNIPPETS.map((snippet) => [snippet.name, snippet] as const))(
  'no input that scores enough is left out: %s',
  (_, snippet) => {
    mount(snippet.html);
    const inputs = Array.from(document.querySelectorAll('input'));
    for (const hints of [snippet.hints, SONAR_SIGN_IN_HINTS, undefined]) {
      const worth = inputsWorthScoring(document, inputs, hints);
      const scoring = inputs.filter(
        (input) => scoreField(input, hints ? { hints } : {}).score >= DEFAULT_MIN_SCORE,
      );
      expect(scoring.filter((input) => !worth.has(input))).toEqual([]);
    }
  },
);

test('a big table of inputs with no code words is left out whole', () => {
  const rows = Array.from(
    { length: 200 },
    (_, index) =>
      `<tr><td>Row ${index}</td><td><input name="note${index}" placeholder="Note"></td></tr>`,
  ).join('');
  mount(
    `<h1>Reports</h1><label>Search <input type="search" name="q"></label><table>${rows}</table>`,
  );
  const inputs = Array.from(document.querySelectorAll('input'));
  expect(inputsWorthScoring(document, inputs, SONAR_SIGN_IN_HINTS).size).toBe(0);
});

test('text names the field after it, through hidden inputs, but not past another control', () => {
  mount(`
    <p>Enter the verification code</p><input type="hidden" name="t"><input id="after">
    <p>Two-factor authentication</p><select></select><input id="past-select">
    <label>Authenticator code <span><input id="wrapped"></span></label>
    <label for="by-for">One-time code</label><div><input id="by-for"></div>`);
  const inputs = Array.from(document.querySelectorAll('input'));
  const worth = [...inputsWorthScoring(document, inputs)].map((input) => input.id);
  expect(worth.sort()).toEqual(['after', 'by-for', 'wrapped']);
});

test.each([
  [
    'a code word split across elements',
    '<p>Enter your <b>verification</b> code</p><input name="code">',
  ],
  [
    'a label split across elements',
    '<label for="x">Verification <span>code</span></label><input id="x">',
  ],
  ['a form named for the step', '<form id="otp-form"><input name="code"></form>'],
  ['a form posting to the step', '<form action="/login/two-factor"><input name="code"></form>'],
])('%s still gets the field scored', (_, html) => {
  mount(html);
  const inputs = Array.from(document.querySelectorAll('input'));
  // Each of these scores enough with the full scorer: leaving it out would lose the field.
  expect(inputs.map((input) => scoreField(input).score >= DEFAULT_MIN_SCORE)).toEqual([true]);
  expect([...inputsWorthScoring(document, inputs)]).toEqual(inputs);
});
