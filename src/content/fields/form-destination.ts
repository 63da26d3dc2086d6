import { originOf } from '../../core/origin';
import { isDocument, isShadowRoot } from './composed';

/**
 * Whether submitting the field's form could send its value to another origin (DESIGN 4.5):
 * the form's action, or a submit button's `formaction`, resolved as the browser would. Such a
 * form gets neither a code nor a submit: an injected `<form action="https://elsewhere">`
 * must not carry a live code away. A `javascript:` or other non-web action counts as
 * elsewhere. Methods are called through their prototypes, since a form's named controls
 * (`<input name="getAttribute">`) shadow its methods, and a document's named forms and images
 * (`<form name="querySelectorAll">`) shadow the document's.
 */
export function sendsElsewhere(input: HTMLInputElement): boolean {
  const form = input.form;
  if (!form) return false;
  const document = input.ownerDocument;
  const here = originOf(document.URL);
  const goesElsewhere = (action: string | null) =>
    here === null || resolvedOrigin(action, document) !== here;
  if (goesElsewhere(attribute(form, 'action'))) return true;
  for (const submitter of submittersIn(Node.prototype.getRootNode.call(form))) {
    const owner = (submitter as HTMLButtonElement | HTMLInputElement).form;
    if (owner === form && goesElsewhere(attribute(submitter, 'formaction'))) return true;
  }
  return false;
}

const SUBMITTERS = 'button[formaction], input[formaction]';

function submittersIn(root: Node): Iterable<Element> {
  if (isDocument(root)) {
    // Only the overload for deprecated tag names is deprecated; this one takes a selector.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    return Document.prototype.querySelectorAll.call(root, SUBMITTERS);
  }
  return isShadowRoot(root) ? root.querySelectorAll(SUBMITTERS) : [];
}

function attribute(element: Element, name: string): string | null {
  return Element.prototype.getAttribute.call(element, name);
}

/** An empty or missing action submits to the document's own URL. */
function resolvedOrigin(action: string | null, document: Document): string | null {
  const value = action?.trim() ?? '';
  if (value === '') return originOf(document.URL);
  try {
    return originOf(new URL(value, document.baseURI).href);
  } catch {
    return null;
  }
}
