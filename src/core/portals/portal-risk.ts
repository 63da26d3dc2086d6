import { lookalikeReasons, type LookalikeReason } from '../lookalike/lookalike';
import { sharedHostingSpanned } from '../lookalike/shared-hosting';
import { parseMatchPattern } from '../match-pattern';

/**
 * What makes a new portal address risky although it is well formed: the extension would
 * capture QR codes and fill codes on pages of people the user does not know. Pure; the options
 * page shows these before it asks the browser for the permission.
 */
export type PortalRisk =
  /** Anyone can publish a page under `suffix` (`*.github.io`). */
  | { readonly kind: 'shared-hosting'; readonly suffix: string }
  /** Looks like a built-in portal's `domain` (`owner` is that profile's name) without being it. */
  | {
      readonly kind: 'lookalike';
      readonly domain: string;
      readonly owner: string;
      readonly reasons: readonly LookalikeReason[];
    };

export interface BuiltInPortal {
  readonly name: string;
  readonly matches: readonly string[];
}

/** `pattern` is a normalised portal pattern (`scheme://[*.]host/*`, see portal-address.ts). */
export function portalRisks(pattern: string, builtIn: readonly BuiltInPortal[]): PortalRisk[] {
  const host = parseMatchPattern(pattern).host;
  if (host === null) return [];
  const risks: PortalRisk[] = [];
  const suffix = sharedHostingSpanned(host.domain, host.subdomains);
  if (suffix !== null) risks.push({ kind: 'shared-hosting', suffix });
  const lookalike = builtInLookalike(host.domain, builtIn);
  if (lookalike) risks.push(lookalike);
  return risks;
}

/**
 * Different characters that merely look the same as a built-in portal's name (an IDN homograph
 * such as a Cyrillic "е" in net2phone): no real portal is written so, only a phishing one.
 * The other look-alikes (net2phone.com, a typo) can be a real site, so they are only warned of.
 */
export function isHomograph(risk: PortalRisk): boolean {
  return risk.kind === 'lookalike' && risk.reasons.includes('confusable-characters');
}

function builtInLookalike(host: string, builtIn: readonly BuiltInPortal[]): PortalRisk | null {
  for (const { name, matches } of builtIn) {
    for (const domain of matches.flatMap(domainOf)) {
      const reasons = lookalikeReasons(host, domain);
      if (reasons.length > 0) return { kind: 'lookalike', domain, owner: name, reasons };
    }
  }
  return null;
}

function domainOf(match: string): string[] {
  try {
    const host = parseMatchPattern(match).host;
    return host ? [host.domain] : [];
  } catch {
    return []; // A malformed built-in pattern resembles nothing.
  }
}
