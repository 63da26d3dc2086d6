import type { SiteProfile } from '../sites/site-profile';
import { codeWordAnchors } from './fields/code-word-anchors';

/**
 * The first look at a portal page (at most 2 ms of main thread on a 5,000-element
 * page with no code field). A small page gets the full look at once: every open shadow root,
 * every input scored, every image checked. A big page gets it only when it shows a sign of a
 * code step or an enrollment: a strong code word or a profile label in its text
 * ("verification code", "authenticator", "two-factor"...), or an input that names itself a
 * one-time-code field, asks for digits, or matches the profile's selectors (the ways a field
 * scores enough with no words around it). Otherwise the watchers look only at what changes
 * from then on, and the user can still ask for a fill (popup button, keyboard shortcut,
 * context menu). Left to those: a big page whose only sign is a placeholder or a label in a
 * web component's shadow root.
 */

/** A walk of this many elements costs about 1.5 ms in a fresh content-script world. */
const SMALL_PAGE_ELEMENTS = 1500;

/** Past this length, the document's text is not read before the body's (see below). */
const MAX_WHOLE_TEXT = 50_000;

/** Code fields that say what they are without any words on the page. */
const SELF_NAMED_CODE_FIELD = [
  '[autocomplete~="one-time-code" i]',
  '[inputmode="numeric" i]',
  '[pattern]',
  '[name*="otp" i]',
  '[id*="otp" i]',
  '[name*="mfa" i]',
  '[id*="mfa" i]',
  '[name*="2fa" i]',
  '[id*="2fa" i]',
  '[name*="factor" i]',
  '[id*="factor" i]',
];

export function deservesFullLook(profile: SiteProfile): boolean {
  if (document.getElementsByTagName('*').length <= SMALL_PAGE_ELEMENTS) return true;
  const { enrollment, signIn } = profile;
  const selectors = [...new Set([...enrollment.codeFieldSelectors, ...signIn.codeFieldSelectors])];
  // One pass over the page, inside one `input:is(...)` so that every other element is turned
  // away on its tag; one query each only if a profile's selector is malformed.
  const found =
    matchesSomething(`input:is(${[...SELF_NAMED_CODE_FIELD, ...selectors].join(', ')})`) ??
    [`input:is(${SELF_NAMED_CODE_FIELD.join(', ')})`, ...selectors].some(
      (selector) => matchesSomething(selector) === true,
    );
  if (found) return true;
  const anchors = codeWordAnchors([
    ...new Set([...enrollment.codeFieldLabels, ...signIn.codeFieldLabels]),
  ]);
  // The whole document's text holds the body's: when it names no code, neither does the
  // body. Read through a Range, it makes no element object in our world (the first one sets
  // up the element interfaces: about 0.3 ms); a long text may be the head's scripts, which
  // would cost more to fold than that.
  // Through the prototype: `<img name="createRange">` would shadow the document's own.
  const range = Document.prototype.createRange.call(document);
  range.selectNodeContents(document);
  const whole = range.toString();
  if (whole.length <= MAX_WHOLE_TEXT && !anchors.test(whole)) return false;
  // The body's text, not the head's scripts and styles; a frameset or an XML page has none.
  const body = document.body as HTMLElement | null;
  return anchors.test(body?.textContent ?? document.documentElement.textContent);
}

/** Null when the selector is malformed. */
function matchesSomething(selector: string): boolean | null {
  try {
    return document.querySelector(selector) !== null;
  } catch {
    return null;
  }
}
