import { composedParent } from '../fields/composed';
import { ownTexts } from '../fields/descriptors';
import { browserGeometry, type Geometry } from '../fields/geometry';
import { compileKeywords, findKeyword, type Keyword } from '../fields/text';
import { invisibilityReason } from '../fields/visibility';
import { isPageRoot } from '../page-messages/areas';
import { formOf, watchSending } from '../page-messages/sending';
import { CODE_WORDS, LOGIN_NAME_WORDS } from '../page-messages/words';
import { queryAll } from '../page-messages/safe-dom';
import { vocabulary } from '../vocabulary';

/**
 * The login name the user sends on a sign-in step, so the code step can pick the account
 * with that name. Read when the user sends the step (a trusted submit, Enter in an input, or
 * a click on a submit-like button), from the form or the block around what was used:
 * - with a visible password field: the visible text or e-mail input before it that says it
 *   holds a login name (autocomplete username or email, type email, its name, id or label),
 *   else the nearest visible text input before it;
 * - without one (identifier-first sign-in, the password comes on the next screen): a
 *   visible input that says it holds a login name.
 * Never a password field, never a one-time-code field, never a value equal to the password;
 * a guessed (unnamed) field holding 4 to 8 digits is taken for a code and skipped. May
 * report the same name twice for one step (the click, then the submit it makes).
 */

export interface LoginNameOptions {
  /** Layout facts (tests pass their own: happy-dom has no layout). */
  readonly geometry?: Geometry;
}

const MAX_NAME_CHARS = 256;
/** How far up from a button or input the block holding the sign-in fields may be. */
const MAX_LEVELS = 6;
const TEXT_TYPES = new Set(['text', 'email', 'tel']);
/** Compiled on first use: most pages never send a sign-in form. */
let codeFieldWords: readonly Keyword[] | null = null;
const CODE_FIELD_WORDS = () =>
  (codeFieldWords ??= [
    ...compileKeywords([...vocabulary().strongKeywords, 'pin']),
    ...CODE_WORDS(),
  ]);
const CODE_LIKE = /^\d{4,8}$/;

export function watchLoginName(
  onName: (name: string) => void,
  options: LoginNameOptions = {},
): () => void {
  const geometry = options.geometry ?? browserGeometry;
  const visible = (input: HTMLInputElement) => invisibilityReason(input, geometry) === null;
  // Outside a form, only inputs outside forms: a form's fields are sent by its own submit,
  // not by a button beside it ("Sign in with Google" next to the sign-in form).
  const formless = (input: HTMLInputElement) => input.form === null && visible(input);
  const read = (from: Element) => {
    const form = formOf(from);
    const usable = form ? visible : formless;
    const scope = form ?? blockAround(from, usable);
    const name = scope ? loginNameIn(scope, usable) : null;
    if (name !== null) onName(name);
  };
  return watchSending(read);
}

/** The nearest ancestor holding a visible password field, else one holding a login field. */
function blockAround(
  element: Element,
  usable: (input: HTMLInputElement) => boolean,
): Element | null {
  let fallback: Element | null = null;
  let node = composedParent(element);
  for (let level = 0; node && !isPageRoot(node) && level < MAX_LEVELS; level += 1) {
    const inputs = inputsIn(node).filter(usable);
    if (inputs.some((input) => input.type === 'password')) return node;
    fallback ??= inputs.some(isLoginField) ? node : null;
    node = composedParent(node);
  }
  return fallback;
}

/** Through the prototype: a form's `querySelectorAll` is shadowed by an input of that name. */
function inputsIn(scope: Element): HTMLInputElement[] {
  return queryAll(scope, 'input') as HTMLInputElement[];
}

function loginNameIn(scope: Element, visible: (input: HTMLInputElement) => boolean): string | null {
  const inputs = inputsIn(scope).filter(visible);
  const password = inputs.find((input) => input.type === 'password');
  const candidates = inputs.filter((input) => TEXT_TYPES.has(input.type) && !isCodeField(input));
  if (!password) {
    const field = candidates.find(isLoginField);
    return field ? acceptable(field.value, null) : null;
  }
  const before = candidates.filter(
    (input) => (input.compareDocumentPosition(password) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
  const named = before.filter(isLoginField).at(-1);
  if (named) return acceptable(named.value, password.value);
  const nearest = before.at(-1);
  if (!nearest || CODE_LIKE.test(nearest.value.trim())) return null;
  return acceptable(nearest.value, password.value);
}

function acceptable(value: string, password: string | null): string | null {
  const name = value.trim();
  if (name === '' || name.length > MAX_NAME_CHARS) return null;
  if (password !== null && (name === password || name === password.trim())) return null;
  return name;
}

function autocompleteTokens(input: HTMLInputElement): string[] {
  return (input.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
}

function isLoginField(input: HTMLInputElement): boolean {
  if (!TEXT_TYPES.has(input.type) || isCodeField(input)) return false;
  const tokens = autocompleteTokens(input);
  if (tokens.includes('username') || tokens.includes('email') || input.type === 'email') {
    return true;
  }
  return findKeyword(ownTexts(input), LOGIN_NAME_WORDS()) !== null;
}

/** A one-time-code field says so: "login code" names a code, not a login. */
function isCodeField(input: HTMLInputElement): boolean {
  if (autocompleteTokens(input).includes('one-time-code')) return true;
  return findKeyword(ownTexts(input), CODE_FIELD_WORDS()) !== null;
}
