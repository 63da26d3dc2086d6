import type { SiteProfile } from '../../sites/site-profile';
import type { QrElement } from './qr-candidates';

/** Words pages use to name a 2FA QR code (alt text, labels), in the languages we support. */
const QR_WORDS = /\b(qr|2fa|mfa|two-factor|authenticator|authentificat|totp)/i;

/**
 * Whether the page presents this element as a QR code: the site profile's container
 * hints, or its own accessible text. Only then does an unreadable (cross-origin) image earn a
 * message, or a second request with CORS to read it: logos and avatars are left alone.
 */
export function looksMeantAsQr(element: QrElement, profile: SiteProfile): boolean {
  const { qrContainerSelectors } = profile.enrollment;
  if (qrContainerSelectors.some((selector) => safeMatches(element, selector))) return true;
  const text = [
    element.getAttribute('alt'),
    element.getAttribute('aria-label'),
    element.getAttribute('title'),
    element.getAttribute('class'),
    element.id,
  ].join(' ');
  return QR_WORDS.test(text);
}

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false; // A hint that is not valid CSS in this browser.
  }
}
