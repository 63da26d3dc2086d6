import { siteProfiles } from '../../sites';
import { coveringPattern, portalCandidates } from '../../core/portals/portal-overlap';
import { currentPolicy } from '../policy/managed-policy';

/**
 * Portals an organisation's policy names. They work as the user's own portals do, once the
 * browser grants their host permission (one "Allow access" in Options): a policy cannot grant
 * it. Addresses a built-in profile already covers are left out: those run everywhere already.
 */
export async function managedPortalPatterns(): Promise<readonly string[]> {
  const builtIn = portalCandidates(siteProfiles, []);
  return (await currentPolicy()).portals.filter(
    (pattern) => coveringPattern(pattern, builtIn) === null,
  );
}
