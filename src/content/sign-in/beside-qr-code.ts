import { looksLikeQr, qrElementsIn } from '../enrollment/qr-candidates';
import { targetInputs, type CodeTarget } from '../fields';

/**
 * Whether a code field belongs to an enrollment rather than a sign-in:
 * "enter the code from the QR code" sits next to the QR code, in the same pop-up or the same
 * block as its form. Sign-in fill leaves such a field alone, or it would fill the code of an
 * account already stored into the form that sets up a new one. A QR code counts when the page
 * names it so (alt text, label) or when it is drawn square and large: a small square logo on
 * a sign-in card must not stop sign-in fill.
 */

const QR_WORDS = /\b(qr|authenticator|authentificat)/i;
const MIN_UNNAMED_QR_PX = 96;

export function isBesideQrCode(target: CodeTarget): boolean {
  const [first] = targetInputs(target);
  if (!first) return false;
  const scope = first.closest('dialog, [role="dialog"]') ?? (first.form ?? first).parentElement;
  if (!scope) return false;
  return qrElementsIn(scope).some((element) => namedQr(element) || largeQr(element));
}

function namedQr(element: Element): boolean {
  const text = ['alt', 'aria-label', 'title'].map((name) => element.getAttribute(name)).join(' ');
  return QR_WORDS.test(text);
}

function largeQr(element: Parameters<typeof looksLikeQr>[0]): boolean {
  if (!looksLikeQr(element)) return false;
  const { width, height } = element.getBoundingClientRect();
  return Math.min(width, height) >= MIN_UNNAMED_QR_PX;
}
