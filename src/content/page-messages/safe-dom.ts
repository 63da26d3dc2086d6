/**
 * DOM reads through the prototypes, for elements a page may have shaped: a form's named
 * controls shadow its own properties (`<input name="querySelectorAll">` makes
 * `form.querySelectorAll` an input), so watchers that walk through forms read this way.
 */

export function queryAll(root: Element | Document | ShadowRoot, selector: string): Element[] {
  // Only the overload for deprecated tag names is deprecated; this one takes a selector.
  /* eslint-disable @typescript-eslint/no-deprecated */
  let found: NodeListOf<Element>;
  if (root.nodeType === Node.DOCUMENT_NODE) {
    found = Document.prototype.querySelectorAll.call(root, selector);
  } else if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
    found = DocumentFragment.prototype.querySelectorAll.call(root, selector);
  } else {
    found = Element.prototype.querySelectorAll.call(root, selector);
  }
  /* eslint-enable @typescript-eslint/no-deprecated */
  return Array.from(found);
}

export function matches(element: Element, selector: string): boolean {
  return Element.prototype.matches.call(element, selector);
}

export function attribute(element: Element, name: string): string | null {
  return Element.prototype.getAttribute.call(element, name);
}

/** The prototype's getter run on the node: what the page cannot redefine on a form. */
export function textOf(node: Node): string {
  const text: unknown = Reflect.get(Node.prototype, 'textContent', node);
  return typeof text === 'string' ? text : '';
}

export function isConnected(node: Node): boolean {
  return Reflect.get(Node.prototype, 'isConnected', node);
}
