import { normalisePortalAddress, type PortalAddressProblem } from './portal-address';
import { coveringPattern, portalCandidates } from './portal-overlap';

/**
 * Everything the options page checks before it asks the browser for a portal's host permission
 * (issue 5), so the user sees a precise error instead of a permission prompt for an address
 * that would then be refused. Pure; the background checks again on `portals/add`.
 */

export type NewPortalCheck =
  | { readonly ok: true; readonly pattern: string }
  | { readonly ok: false; readonly problem: PortalAddressProblem; readonly subject: string }
  /** The very pattern is already one of the user's portals. */
  | { readonly ok: false; readonly problem: 'duplicate'; readonly pattern: string }
  /** A built-in profile (`owner`) or another of the user's portals (`owner: null`) covers it. */
  | {
      readonly ok: false;
      readonly problem: 'covered';
      readonly pattern: string;
      readonly by: { readonly owner: string | null; readonly pattern: string };
    };

/**
 * The portals already in place, shaped like the options page's `PortalsOverview` but declared
 * here because core imports nothing from the other layers (DESIGN 2).
 */
export interface CurrentPortals {
  readonly builtIn: readonly { readonly name: string; readonly matches: readonly string[] }[];
  readonly portals: readonly { readonly pattern: string }[];
}

export function checkNewPortal(input: string, current: CurrentPortals): NewPortalCheck {
  const normalised = normalisePortalAddress(input);
  if (!normalised.ok) return normalised;
  const { pattern } = normalised;
  const userPatterns = current.portals.map((portal) => portal.pattern);
  if (userPatterns.includes(pattern)) return { ok: false, problem: 'duplicate', pattern };
  const by = coveringPattern(pattern, portalCandidates(current.builtIn, userPatterns));
  return by ? { ok: false, problem: 'covered', pattern, by } : normalised;
}
