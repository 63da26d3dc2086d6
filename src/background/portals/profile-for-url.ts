import { matchesPattern, parseMatchPattern } from '../../core/match-pattern';
import { siteProfileFor, type SiteProfile } from '../../sites';
import { userPortalProfile } from '../../sites/user-portal';
import { managedPortalPatterns } from './managed-portals';
import { portalsItem } from './portal-store';

/**
 * The site profile for a page: a built-in one first (Sonar's hints and notices win), then a
 * portal the user added or the organisation's policy names, or null. For handlers that answer content scripts: pass the
 * classified sender's `url`, never a URL from a message body (DESIGN 4.4).
 */
export async function siteProfileForUrl(url: string): Promise<SiteProfile | null> {
  const builtIn = siteProfileFor(url);
  if (builtIn) return builtIn;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const covers = (pattern: string) => matchesPattern(parseMatchPattern(pattern), parsed);
  const { entries } = await portalsItem.get();
  const pattern =
    entries.map((entry) => entry.pattern).find(covers) ??
    (await managedPortalPatterns()).find(covers);
  return pattern === undefined ? null : userPortalProfile(pattern);
}
