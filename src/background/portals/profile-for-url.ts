import { matchesPattern, parseMatchPattern } from '../../core/match-pattern';
import { siteProfileFor, type SiteProfile } from '../../sites';
import { userPortalProfile } from '../../sites/user-portal';
import { noticeTextFor, type Policy } from '../../core/policy/policy';
import { currentPolicy } from '../policy/managed-policy';
import { managedPortalPatterns } from './managed-portals';
import { portalsItem } from './portal-store';

/**
 * The site profile for a page: a built-in one first (Sonar's hints and notices win), then a
 * portal the user added or the organisation's policy names, or null. For handlers that answer content scripts: pass the
 * classified sender's `url`, never a URL from a message body (DESIGN 4.4).
 */
export async function siteProfileForUrl(url: string): Promise<SiteProfile | null> {
  const builtIn = siteProfileFor(url);
  if (builtIn) return withOrganisationNotice(builtIn, await currentPolicy());
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const { entries } = await portalsItem.get();
  const patterns = [...entries.map((entry) => entry.pattern), ...(await managedPortalPatterns())];
  const pattern = patterns.find((each) => matchesPattern(parseMatchPattern(each), parsed));
  return pattern === undefined ? null : userPortalProfile(pattern);
}

/** The organisation's words after a site's Insights warning (managed policy). */
function withOrganisationNotice(profile: SiteProfile, policy: Policy): SiteProfile {
  const insights = profile.notices.insights;
  const en = noticeTextFor(policy, 'en');
  const fr = noticeTextFor(policy, 'fr');
  if (!insights || en === null || fr === null) return profile;
  return {
    ...profile,
    notices: { ...profile.notices, insights: { ...insights, organisation: { en, fr } } },
  };
}
