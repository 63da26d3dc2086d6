import { siteProfiles } from '../../../sites';
import type { Locale } from '../../../sites/site-profile';

export interface SiteWarningText {
  readonly full: string;
  /** The acknowledgement checkbox's label; it names what is given up (Insights). */
  readonly acknowledge: string;
}

/**
 * The Insights warning before saving an account scanned on Sonar (DESIGN 1.4), in
 * the site profile's words, so it changes with the profile.
 */
export function siteWarningFor(siteId: string | null, locale: Locale): SiteWarningText | null {
  if (siteId === null) return null;
  const insights = siteProfiles.find((profile) => profile.id === siteId)?.notices.insights;
  return insights
    ? { full: insights.full[locale], acknowledge: insights.acknowledge[locale] }
    : null;
}
