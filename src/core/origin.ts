/**
 * Origin rules shared by every context (DESIGN 4.3). Issue 3 grows this into binding and
 * look-alike detection; the foundation needs only "is this a secure context" and parsing.
 */

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
