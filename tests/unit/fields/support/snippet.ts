import type { FieldHints } from '../../../../src/content/fields';
import { sonar } from '../../../../src/sites/sonar';

/**
 * A page fragment modelled on a real sign-in or 2FA page. The input(s) the detector must
 * return carry `data-expect` (several = segmented boxes, in order); none means "no field".
 * The detector never reads data-expect (descriptors.ts reads only test-id style attributes).
 */
export interface Snippet {
  readonly name: string;
  readonly html: string;
  readonly hints?: FieldHints;
  /** CSS selector of the element passed as `near` (e.g. the QR code). */
  readonly near?: string;
}

export function mount(html: string): void {
  document.body.innerHTML = html;
}

export function expectedInputs(): HTMLInputElement[] {
  return Array.from(document.querySelectorAll<HTMLInputElement>('input[data-expect]'));
}

/** The Sonar site profile's own hints (src/sites/sonar.ts), as the content script passes them. */
export const SONAR_SIGN_IN_HINTS: FieldHints = {
  labels: sonar.signIn.codeFieldLabels,
  selectors: sonar.signIn.codeFieldSelectors,
};
export const SONAR_ENROLLMENT_HINTS: FieldHints = {
  labels: sonar.enrollment.codeFieldLabels,
  selectors: sonar.enrollment.codeFieldSelectors,
};

/** The element matching a selector, or a thrown error naming it (no non-null assertions). */
export function element(selector: string, root: ParentNode = document): Element {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`test setup: nothing matches ${selector}`);
  return found;
}

export function inputAt(selector: string, root: ParentNode = document): HTMLInputElement {
  const found = element(selector, root);
  if (!(found instanceof HTMLInputElement)) throw new Error(`test setup: ${selector} is no input`);
  return found;
}
