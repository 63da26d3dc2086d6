import { isLoopbackHost } from '../origin';
import { registrableDomain, splitHost } from '../lookalike/registrable-domain';

/**
 * Turns what a user typed as a portal address into the one match pattern the extension asks
 * host permission for and runs its content script on. Pure (no browser APIs), so the
 * options page can check an address inside its click handler, before the permission request
 * that must run in that same user gesture, and the background checks it again.
 *
 * Accepted: `portal.example.com`, `https://portal.example.com/login`, `*.example.com`,
 * `https://*.example.com/`. The result is always `scheme://host/*`: a portal is a whole site,
 * and ports are dropped because Firefox's match patterns cannot express them.
 */

export type PortalAddressProblem =
  | 'empty'
  /** Not a web address at all: spaces, a user name, IPv6, bad characters. */
  | 'invalid'
  /** ftp:, file:, javascript: and friends. */
  | 'scheme'
  /** Plain http off this computer: codes go only to secure contexts (DESIGN 4.3). */
  | 'insecure-http'
  /** A loopback host our optional host permissions do not cover (127.0.0.2, [::1]). */
  | 'loopback-host'
  /** A `*` anywhere but as the first label, or on an IP address. */
  | 'wildcard'
  /** Wider than one registrable domain: `*`, `*.com`, `*.co.uk`. */
  | 'too-broad'
  /** One label such as `portal`: not something the browser can reach as typed. */
  | 'incomplete-host';

export type PortalAddressResult =
  | { readonly ok: true; readonly pattern: string }
  | { readonly ok: false; readonly problem: PortalAddressProblem; readonly subject: string };

/** The http hosts our `optional_host_permissions` cover (manifest.json). */
const HTTP_HOSTS = /^(?:localhost|(?:[a-z0-9-]+\.)+localhost|127\.0\.0\.1)$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const DOTTED_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}$/;

export function normalisePortalAddress(input: string): PortalAddressResult {
  const typed = input.trim();
  if (typed === '') return problem('empty', typed);

  const withScheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(typed);
  // `mailto:x` or `javascript:x` name a scheme without `//`; `localhost:8080` does not.
  if (!withScheme && /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(typed)) return problem('scheme', typed);
  const scheme = withScheme?.[1]?.toLowerCase() ?? 'https';
  if (scheme !== 'https' && scheme !== 'http') return problem('scheme', typed);

  const rest = withScheme ? typed.slice(withScheme[0].length) : typed;
  const authority = /^[^/?#]*/.exec(rest)?.[0] ?? '';
  if (authority.includes('@') || authority.startsWith('[')) return problem('invalid', typed);
  const hostPart = authority.replace(/:\d{1,5}$/, '').replace(/\.$/, '');
  if (hostPart === '*') return problem('too-broad', typed);

  const wildcard = hostPart.startsWith('*.');
  const bareHost = wildcard ? hostPart.slice(2) : hostPart;
  if (bareHost.includes('*')) return problem('wildcard', typed);
  const host = canonicalHost(bareHost);
  if (host === null) return problem('invalid', typed);

  const isAddress = DOTTED_QUAD.test(host);
  if (wildcard) {
    if (isAddress) return problem('wildcard', typed);
    if (!narrowerThanPublicSuffix(host)) return problem('too-broad', `*.${host}`);
  }
  if (!isAddress && !host.includes('.') && host !== 'localhost') {
    return problem('incomplete-host', host);
  }
  if (scheme === 'http') {
    if (!isLoopbackHost(host)) return problem('insecure-http', host);
    if (!HTTP_HOSTS.test(host)) return problem('loopback-host', host);
  }
  return { ok: true, pattern: `${scheme}://${wildcard ? '*.' : ''}${host}/*` };
}

/** Lower case, IDN as punycode; null unless every label is a valid host name label. */
function canonicalHost(host: string): string | null {
  if (host === '') return null;
  let canonical: string;
  try {
    canonical = new URL(`http://${host}/`).hostname;
  } catch {
    return null;
  }
  // The URL parser reads `123` or `0x7f.1` as IPv4; only a dotted quad typed as such is one.
  if (DOTTED_QUAD.test(canonical)) return canonical === host ? canonical : null;
  const labels = canonical.split('.');
  if (!labels.every((label) => LABEL.test(label))) return null;
  // A numeric last label is an IPv4 address typed wrongly, not a top-level domain.
  return /^\d+$/.test(labels.at(-1) ?? '') ? null : canonical;
}

/** `*.example.com` stays inside example.com; `*.com` or `*.co.uk` would cover many owners. */
function narrowerThanPublicSuffix(domain: string): boolean {
  const probe = `sub.${domain}`;
  const parts = splitHost(probe);
  return parts !== null && registrableDomain(parts) !== probe;
}

function problem(kind: PortalAddressProblem, subject: string): PortalAddressResult {
  return { ok: false, problem: kind, subject };
}
