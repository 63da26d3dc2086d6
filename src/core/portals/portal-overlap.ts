import { parseMatchPattern, type MatchPattern } from '../match-pattern';

/**
 * Whether a portal the user adds is already covered, by a built-in site profile or by one of
 * their own portals: adding it would register a second content script on the same
 * pages, and removing either would then leave the user puzzled about where the extension runs.
 */

export interface CoveringPattern {
  /** Who owns the covering pattern: a site profile's name, or null for the user's own. */
  readonly owner: string | null;
  readonly pattern: string;
}

/** Built-in profiles' patterns first, then the user's own portals. */
export function portalCandidates(
  builtIn: readonly { readonly name: string; readonly matches: readonly string[] }[],
  userPatterns: readonly string[],
): CoveringPattern[] {
  return [
    ...builtIn.flatMap(({ name, matches }) =>
      matches.map((match) => ({ owner: name, pattern: match })),
    ),
    ...userPatterns.map((pattern) => ({ owner: null, pattern })),
  ];
}

/**
 * The first of `candidates` that matches every page `pattern` matches, or null. `pattern` is
 * a normalised portal pattern (`scheme://[*.]host/*`, see portal-address.ts).
 */
export function coveringPattern(
  pattern: string,
  candidates: readonly CoveringPattern[],
): CoveringPattern | null {
  const inner = parseMatchPattern(pattern);
  return (
    candidates.find((candidate) => {
      try {
        return covers(parseMatchPattern(candidate.pattern), inner);
      } catch {
        return false; // A malformed candidate covers nothing.
      }
    }) ?? null
  );
}

function covers(outer: MatchPattern, inner: MatchPattern): boolean {
  if (!inner.schemes.every((scheme) => outer.schemes.includes(scheme))) return false;
  // Portal patterns span every port and path; only an outer pattern that does too covers them.
  if (outer.port !== null || !['/', '/any/page?query'].every((path) => outer.path.test(path))) {
    return false;
  }
  if (outer.host === null) return true;
  if (inner.host === null) return false;
  const { domain, subdomains } = outer.host;
  const within = inner.host.domain === domain || inner.host.domain.endsWith(`.${domain}`);
  if (inner.host.subdomains) return subdomains && within;
  return inner.host.domain === domain || (subdomains && within);
}
