import { composedClosest, composedParent } from '../fields/composed';

/**
 * The blocks of a page a step lives in: its form, the section, dialog or card around it.
 * Shared by the watchers that ask whether a message or a click belongs to that step.
 */
export const CONTAINERS =
  'form, section, dialog, [role="dialog"], [role="alertdialog"], article, fieldset, [class*="card"], [class*="modal"]';

export function isPageRoot(element: Element): boolean {
  const document = element.ownerDocument;
  return element === document.body || element === document.documentElement;
}

/** The nearest container around an element (not itself), or null at the page's root. */
export function containerAround(element: Element): Element | null {
  const parent = composedParent(element);
  const container = parent ? composedClosest(parent, CONTAINERS) : null;
  return container && !isPageRoot(container) ? container : null;
}

/** The innermost element holding both, across open shadow roots, or null. */
export function commonAncestor(a: Element, b: Element): Element | null {
  const ancestors = new Set<Element>();
  for (let node: Element | null = a; node; node = composedParent(node)) ancestors.add(node);
  for (let node: Element | null = b; node; node = composedParent(node)) {
    if (ancestors.has(node)) return node;
  }
  return null;
}
