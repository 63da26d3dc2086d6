import { siteProfiles } from '../../sites';
import type { Locale } from '../../sites/site-profile';

export interface RowNotice {
  readonly short: string;
  readonly full: string;
}

/**
 * The Insights warning for accounts of a site that has one (Sonar, and the demo portal in demo
 * builds): DESIGN 1.4. The text is the site profile's, so it changes with the profile.
 */
export function noticeFor(siteId: string | null, locale: Locale): RowNotice | null {
  if (siteId === null) return null;
  const key = `${locale}:${siteId}`;
  let notice = cache.get(key);
  if (notice === undefined) {
    const insights = siteProfiles.find((profile) => profile.id === siteId)?.notices.insights;
    notice = insights ? { short: insights.short[locale], full: insights.full[locale] } : null;
    cache.set(key, notice);
  }
  return notice;
}

// The same object for the same site each time, so rows compare unchanged (ui/pure.ts).
const cache = new Map<string, RowNotice | null>();
