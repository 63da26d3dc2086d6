import { normalizeText } from '../fields/text';
import { composedClosest, isElement } from '../fields/composed';
import { says } from './messages';
import { listenTrusted } from './page-watch';
import { SUBMIT_WORDS } from './words';

/**
 * The user sending a step of a form, whichever way a portal takes it: a trusted submit, Enter
 * in an input, or a click on a submit-like button (single-page apps often have no form).
 * `onSend` gets where it happened: the form, the input or the button. Returns the removal.
 */
export function watchSending(onSend: (from: Element) => void): () => void {
  const removals = [
    listenTrusted('submit', (event) => {
      const target = innermostTarget(event);
      if (target) onSend(target);
    }),
    listenTrusted('keydown', (event) => {
      const target = innermostTarget(event);
      if ((event as KeyboardEvent).key === 'Enter' && target?.localName === 'input') onSend(target);
    }),
    listenTrusted('click', (event) => {
      const target = innermostTarget(event);
      const button = target ? composedClosest(target, BUTTONS) : null;
      if (button && isSubmitLike(button)) onSend(button);
    }),
  ];
  return () => {
    for (const remove of removals) remove();
  };
}

const BUTTONS = 'button, input[type="submit"], input[type="image"], [role="button"]';

/** The form an element is, or belongs to. */
export function formOf(element: Element): HTMLFormElement | null {
  if (element.localName === 'form') return element as HTMLFormElement;
  const owner = (element as HTMLInputElement | HTMLButtonElement).form as
    HTMLFormElement | null | undefined;
  return owner ?? null;
}

/** The element the event happened on, inside open shadow roots too. */
function innermostTarget(event: Event): Element | null {
  const [first] = event.composedPath();
  return first && isElement(first as Node) ? (first as Element) : null;
}

/** A submit button, or a button that says Sign in, Verify, Next, Connexion, Suivant… */
function isSubmitLike(button: Element): boolean {
  // A button's own properties: only a form's can be shadowed by the controls it holds.
  const type = (button.getAttribute('type') ?? '').toLowerCase();
  if (button.localName === 'input') return type === 'submit' || type === 'image';
  if (button.localName === 'button' && (type === 'submit' || type === '') && formOf(button)) {
    return true;
  }
  const texts = [
    button.textContent.slice(0, 100),
    button.getAttribute('aria-label') ?? '',
    button.getAttribute('value') ?? '',
  ];
  return texts.some((text) => says(normalizeText(text), SUBMIT_WORDS()));
}
