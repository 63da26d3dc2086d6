import { matchesAny, parseMatchPattern } from './match-pattern';
import { isSecureOrigin } from './origin';
import { lookalikeReasons } from './lookalike/lookalike';

/**
 * A second host of the same portal (DESIGN 4.8): a portal may put its sign-in step on another
 * host than the page where 2FA was set up (`login.` beside `portal.`). Such an origin may be
 * added to an account, after the user's confirmation naming the account and the host, when:
 * it is secure; the site profile of the asking page covers both it and an origin the account
 * is bound to; the two differ in host name only (same scheme and port: a different port on a
 * loopback host is any other local program); and one host does not merely look like the other.
 */
export function isSecondHostOf(
  origin: string,
  boundOrigin: string,
  portalMatches: readonly string[],
): boolean {
  if (!isSecureOrigin(origin)) return false;
  const page = urlOf(origin);
  const bound = urlOf(boundOrigin);
  if (!page || !bound || page.origin === bound.origin) return false;
  if (page.protocol !== bound.protocol || page.port !== bound.port) return false;
  const patterns = portalMatches.map(parseMatchPattern);
  if (!matchesAny(patterns, page) || !matchesAny(patterns, bound)) return false;
  return lookalikeReasons(page.hostname, bound.hostname).length === 0;
}

/** Some origin of the account is one whose second host `origin` is. */
export function mayAllowOn(
  boundOrigins: readonly string[],
  origin: string,
  portalMatches: readonly string[],
): boolean {
  return boundOrigins.some((bound) => isSecondHostOf(origin, bound, portalMatches));
}

function urlOf(origin: string): URL | null {
  try {
    return new URL(`${origin}/`);
  } catch {
    return null;
  }
}
