import { lookalikeReasons, type LookalikeReason } from './lookalike/lookalike';
import { registrableDomain, splitHost } from './lookalike/registrable-domain';

/**
 * Origin rules shared by every context (DESIGN 4.3): codes are bound to the exact
 * origin (scheme + host + port) an account was enrolled on, plus origins the user or a site
 * profile explicitly added, and go only to secure contexts.
 */

export type { LookalikeReason } from './lookalike/lookalike';

/** The page's origin, or `null` for opaque origins (sandboxed frames, data: URLs, about:blank). */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return parsed.origin;
}

/** Loopback hosts count as secure contexts, as browsers treat them (W3C Secure Contexts 3.1). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1') return true;
  return /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** https anywhere, or http on a loopback host; nothing else may receive codes. */
export function isSecureOrigin(origin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname);
}

export type OriginVerdict =
  /** Exactly a bound origin, in a secure context: codes may be offered here. */
  | { readonly kind: 'bound'; readonly origin: string }
  /** Not https (or loopback): never a code, whatever is bound. */
  | { readonly kind: 'insecure' }
  /** Same host on another port or scheme, or a sibling host of the same site: the user may add it. */
  | { readonly kind: 'related'; readonly boundOrigin: string }
  /** Looks like a bound origin but is not: warn, never fill. */
  | {
      readonly kind: 'lookalike';
      readonly boundOrigin: string;
      readonly reasons: readonly LookalikeReason[];
    }
  | { readonly kind: 'unrelated' };

/**
 * Decides what a page may get of an account bound to `boundOrigins` (which include the
 * origins the user explicitly added). Pure; the background calls it for every request.
 */
export function judgeOrigin(pageUrl: string, boundOrigins: readonly string[]): OriginVerdict {
  const origin = originOf(pageUrl);
  if (origin === null || !isSecureOrigin(origin)) return { kind: 'insecure' };
  if (boundOrigins.includes(origin)) return { kind: 'bound', origin };
  const pageHost = new URL(origin).hostname;
  for (const boundOrigin of boundOrigins) {
    const boundHost = hostOf(boundOrigin);
    if (boundHost !== null && sameSite(pageHost, boundHost))
      return { kind: 'related', boundOrigin };
  }
  for (const boundOrigin of boundOrigins) {
    const boundHost = hostOf(boundOrigin);
    const reasons = boundHost === null ? [] : lookalikeReasons(pageHost, boundHost);
    if (reasons.length > 0) return { kind: 'lookalike', boundOrigin, reasons };
  }
  return { kind: 'unrelated' };
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).hostname;
  } catch {
    return null;
  }
}

function sameSite(a: string, b: string): boolean {
  if (a === b) return true;
  const partsA = splitHost(a);
  const partsB = splitHost(b);
  return (
    partsA !== null && partsB !== null && registrableDomain(partsA) === registrableDomain(partsB)
  );
}
