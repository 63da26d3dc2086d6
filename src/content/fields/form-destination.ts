import { originOf } from '../../core/origin';

/**
 * Whether submitting the field's form could send its value to another origin (DESIGN 4.5):
 * the form's action, or a submit button's `formaction`, resolved as the browser would. Such a
 * form gets neither a code nor a submit: an injected `<form action="https://elsewhere">`
 * must not carry a live code away. A `javascript:` or other non-web action counts as
 * elsewhere. Attributes are read through the prototype, since a form's named controls
 * (`<input name="getAttribute">`) shadow its methods.
 */
export function sendsElsewhere(input: HTMLInputElement): boolean {
  const form = input.form;
  if (!form) return false;
  const document = input.ownerDocument;
  const here = originOf(document.URL);
  const goesElsewhere = (action: string | null) =>
    here === null || resolvedOrigin(action, document) !== here;
  if (goesElsewhere(attribute(form, 'action'))) return true;
  const root = form.getRootNode() as Document | ShadowRoot;
  for (const submitter of root.querySelectorAll('button[formaction], input[formaction]')) {
    const owner = (submitter as HTMLButtonElement | HTMLInputElement).form;
    if (owner === form && goesElsewhere(attribute(submitter, 'formaction'))) return true;
  }
  return false;
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
