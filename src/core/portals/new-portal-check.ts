import { normalisePortalAddress, type PortalAddressProblem } from './portal-address';
import { coveringPattern, portalCandidates } from './portal-overlap';
import { isHomograph, portalRisks, type BuiltInPortal, type PortalRisk } from './portal-risk';

/**
 * Everything the options page checks before it asks the browser for a portal's host
 * permission, so the user sees a precise error instead of a permission prompt for an address
 * that would then be refused. Pure; the background checks again on `portals/add`.
 */

export type NewPortalCheck =
  /** May be added; when `risks` is not empty, only after the user confirmed them. */
  | { readonly ok: true; readonly pattern: string; readonly risks: readonly PortalRisk[] }
  | { readonly ok: false; readonly problem: PortalAddressProblem; readonly subject: string }
  /** The very pattern is already one of the user's portals. */
  | { readonly ok: false; readonly problem: 'duplicate'; readonly pattern: string }
  /** A built-in profile (`owner`) or another of the user's portals (`owner: null`) covers it. */
  | {
      readonly ok: false;
      readonly problem: 'covered';
      readonly pattern: string;
      readonly by: { readonly owner: string | null; readonly pattern: string };
    }
  /** Imitates a built-in portal's `domain` with look-alike characters (portal-risk.ts). */
  | {
      readonly ok: false;
      readonly problem: 'homograph';
      readonly pattern: string;
      readonly domain: string;
      readonly owner: string;
    };

/**
 * The portals already in place, shaped like the options page's `PortalsOverview` but declared
 * here because core imports nothing from the other layers (DESIGN 2).
 */
export interface CurrentPortals {
  readonly builtIn: readonly BuiltInPortal[];
  readonly portals: readonly { readonly pattern: string }[];
}

export function checkNewPortal(input: string, current: CurrentPortals): NewPortalCheck {
  const normalised = normalisePortalAddress(input);
  if (!normalised.ok) return normalised;
  const { pattern } = normalised;
  const userPatterns = current.portals.map((portal) => portal.pattern);
  if (userPatterns.includes(pattern)) return { ok: false, problem: 'duplicate', pattern };
  const by = coveringPattern(pattern, portalCandidates(current.builtIn, userPatterns));
  if (by) return { ok: false, problem: 'covered', pattern, by };
  const risks = portalRisks(pattern, current.builtIn);
  const homograph = risks.find(isHomograph);
  if (homograph?.kind === 'lookalike') {
    const { domain, owner } = homograph;
    return { ok: false, problem: 'homograph', pattern, domain, owner };
  }
  return { ok: true, pattern, risks };
}
