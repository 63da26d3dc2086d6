import { composedClosest, composedContains, followsInPage } from './composed';
import type { ScoreSheet } from './score-sheet';
import { compileKeywords, findKeyword, type Keyword, type NormalizedText } from './text';
import { WEIGHTS } from './weights';

/**
 * A site profile's hints (`enrollment/signIn.codeFieldLabels/codeFieldSelectors` in
 * src/sites) and the element the code belongs to (the QR code). Both are hints, never
 * proof: they add points, and the negative signals and exclusions still apply (DESIGN 1: a
 * profile's selector such as `input[name*="code" i]` also matches "zipcode").
 */
export interface FieldHints {
  readonly labels: readonly string[];
  readonly selectors: readonly string[];
}

const compiledLabels = new WeakMap<readonly string[], readonly Keyword[]>();

function labelKeywords(labels: readonly string[]): readonly Keyword[] {
  let compiled = compiledLabels.get(labels);
  if (!compiled) {
    compiled = compileKeywords(labels);
    compiledLabels.set(labels, compiled);
  }
  return compiled;
}

function matchesSelector(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false; // A profile's malformed selector is a hint that did not match.
  }
}

export function scoreHints(
  sheet: ScoreSheet,
  input: HTMLInputElement,
  hints: FieldHints,
  texts: readonly NormalizedText[],
): void {
  if (hints.selectors.some((selector) => matchesSelector(input, selector))) {
    sheet.add(WEIGHTS.hintSelector, 'hint-selector');
  }
  if (findKeyword(texts, labelKeywords(hints.labels))) sheet.add(WEIGHTS.hintLabel, 'hint-label');
}

/** The region a QR code and its code field share: a dialog first, else a form or section. */
const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
const SECTION = 'form, section, fieldset';

export function scoreNear(sheet: ScoreSheet, input: HTMLInputElement, near: Element): void {
  if (followsInPage(near, input)) sheet.add(WEIGHTS.nearAfter, 'near-after');
  const scope = composedClosest(near, DIALOG) ?? composedClosest(near, SECTION);
  if (scope && composedContains(scope, input)) sheet.add(WEIGHTS.nearScope, 'near-scope');
}
