import type { FillContext } from '../../core/fill-policy';
import { originOf } from '../../core/origin';
import type { SiteProfile } from '../../sites/site-profile';
import { siteProfileForUrl } from '../portals/profile-for-url';
import { loginNameFor } from './sign-in/login-names';

/**
 * What a tab's page adds to the frame for the fill policy: the login name typed there, and
 * its portal's patterns (the hosts an account may be allowed on).
 */
export function fillContext(
  tabId: number,
  origin: string | null,
  profile: SiteProfile | null,
): FillContext {
  return {
    loginName: origin === null ? null : loginNameFor(tabId, origin),
    portalMatches: profile?.matches ?? [],
  };
}

/** The same for a tab's URL, as the browser reported it (fill on demand). */
export async function tabContext(tabId: number, url: string): Promise<FillContext> {
  return fillContext(tabId, originOf(url), await siteProfileForUrl(url));
}
