import { skeleton } from './confusables';
import { editDistance } from './edit-distance';
import { decodePunycodeLabel } from './punycode';
import { registrableDomain, splitHost, type HostParts } from './registrable-domain';

/**
 * Why a host looks like a bound one without being it (DESIGN 4.3). These feed a
 * warning only; codes are never filled anywhere but an exactly bound origin.
 */
export type LookalikeReason =
  /** Different characters that look the same: "nеt2phone.ca" with a Cyrillic е, "rn" for "m". */
  | 'confusable-characters'
  /** One or two typing slips away: "net2phnoe.ca", "netphone.ca". */
  | 'similar-spelling'
  /** The same name under another suffix: "net2phone.co", "net2phone.com". */
  | 'other-suffix'
  /** The bound domain or its name inside another domain: "net2phone.ca.evil.com", "net2phone-login.com". */
  | 'embedded-name';

/** Names shorter than this match too much by accident ("abc" is inside many domains). */
const MIN_EMBEDDED_NAME = 4;

export function lookalikeReasons(pageHost: string, boundHost: string): LookalikeReason[] {
  const page = splitHost(pageHost);
  const bound = splitHost(boundHost);
  if (!page || !bound || registrableDomain(page) === registrableDomain(bound)) return [];
  const reasons: LookalikeReason[] = [];

  const pageName = decodePunycodeLabel(page.name) ?? page.name;
  const boundName = decodePunycodeLabel(bound.name) ?? bound.name;
  const sameShape = pageName !== boundName && skeleton(pageName) === skeleton(boundName);
  if (sameShape) reasons.push('confusable-characters');

  if (page.name === bound.name) {
    reasons.push('other-suffix');
  } else if (!sameShape) {
    const limit = bound.name.length > 6 ? 2 : 1;
    if (editDistance(page.name, bound.name, limit) <= limit) reasons.push('similar-spelling');
  }

  if (page.name !== bound.name && embeds(pageHost, page, bound)) reasons.push('embedded-name');
  return reasons;
}

function embeds(pageHost: string, page: HostParts, bound: HostParts): boolean {
  if (bound.name.length < MIN_EMBEDDED_NAME) return false;
  // "portal.net2phone.ca.evil.com" and "net2phone-ca.evil.com" carry the whole bound domain.
  const dotted = `.${pageHost.toLowerCase().replace(/-/g, '.')}.`;
  if (dotted.includes(`.${registrableDomain(bound)}.`)) return true;
  // "net2phone.evil.com" and "net2phone-login.com" carry its name.
  return page.subdomains.includes(bound.name) || page.name.includes(bound.name);
}
