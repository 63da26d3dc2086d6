/**
 * The registrable domain ("eTLD+1") of a host, by heuristic: the Public Suffix List would add
 * ~100 KB to the extension, so we know the multi-label suffixes common enough to matter for
 * look-alike warnings and take the last two labels otherwise. A wrong guess only changes which
 * warning is shown, never whether a code is filled (binding is by exact origin).
 */
const MULTI_LABEL_SUFFIXES = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'me.uk',
  'ltd.uk',
  'plc.uk',
  'com.au',
  'net.au',
  'org.au',
  'co.nz',
  'org.nz',
  'co.jp',
  'ne.jp',
  'or.jp',
  'com.br',
  'com.mx',
  'co.in',
  'co.za',
  'com.cn',
  'com.tw',
  'com.hk',
  'co.kr',
  'qc.ca',
  'on.ca',
  'bc.ca',
  'ab.ca',
  'gc.ca',
]);

export interface HostParts {
  /** Everything before the registrable domain, e.g. ["portal"]. */
  readonly subdomains: readonly string[];
  /** The label people recognise, e.g. "net2phone". */
  readonly name: string;
  /** e.g. "ca", "co.uk". */
  readonly suffix: string;
}

/** Null for IP addresses (they have no registrable domain) and malformed hosts. */
export function splitHost(host: string): HostParts | null {
  if (host.includes(':') || /^[\d.]+$/.test(host)) return null;
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length < 2 || labels.some((label) => label === '')) return null;
  const lastTwo = labels.slice(-2).join('.');
  const suffixLength = MULTI_LABEL_SUFFIXES.has(lastTwo) && labels.length >= 3 ? 2 : 1;
  const suffix = labels.slice(-suffixLength).join('.');
  const name = labels[labels.length - suffixLength - 1] ?? '';
  return { subdomains: labels.slice(0, labels.length - suffixLength - 1), name, suffix };
}

export function registrableDomain(parts: HostParts): string {
  return `${parts.name}.${parts.suffix}`;
}
