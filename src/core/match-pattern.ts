/**
 * WebExtension match patterns (`https://*.example.com/*`), evaluated the way browsers do,
 * so a site profile's patterns mean the same thing in the manifest and in our own checks.
 * Pure: no browser APIs (DESIGN 2).
 */

export class MatchPatternError extends Error {
  override readonly name = 'MatchPatternError';
}

export interface MatchPattern {
  readonly source: string;
  readonly schemes: readonly string[];
  /** `null` matches any host; a leading `*.` matches the domain and all its subdomains. */
  readonly host: { readonly domain: string; readonly subdomains: boolean } | null;
  /** A port in the pattern must match exactly; no port matches any port (as browsers do). */
  readonly port: string | null;
  readonly path: RegExp;
}

const PATTERN = /^(\*|https?|wss?|file|ftp):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(?::(\d{1,5}))?(\/.*)$/;

export function parseMatchPattern(source: string): MatchPattern {
  const parts = PATTERN.exec(source);
  if (!parts) throw new MatchPatternError(`Not a valid match pattern: "${source}"`);
  const [, scheme = '', hostPart = '', port, path = '/'] = parts;
  const schemes = scheme === '*' ? ['http', 'https', 'ws', 'wss'] : [scheme];
  let host: MatchPattern['host'] = null;
  if (hostPart !== '*') {
    const subdomains = hostPart.startsWith('*.');
    host = { domain: (subdomains ? hostPart.slice(2) : hostPart).toLowerCase(), subdomains };
  }
  const pathRegex = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return { source, schemes, host, port: port ?? null, path: pathRegex };
}

export function matchesPattern(pattern: MatchPattern, url: URL): boolean {
  if (!pattern.schemes.includes(url.protocol.slice(0, -1))) return false;
  if (pattern.port !== null && pattern.port !== effectivePort(url)) return false;
  if (pattern.host) {
    const hostname = url.hostname.toLowerCase();
    const { domain, subdomains } = pattern.host;
    const hostMatches = hostname === domain || (subdomains && hostname.endsWith(`.${domain}`));
    if (!hostMatches) return false;
  }
  return pattern.path.test(url.pathname + url.search);
}

export function matchesAny(patterns: readonly MatchPattern[], url: URL): boolean {
  return patterns.some((pattern) => matchesPattern(pattern, url));
}

function effectivePort(url: URL): string {
  if (url.port) return url.port;
  return url.protocol === 'https:' || url.protocol === 'wss:' ? '443' : '80';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
