import { matchesAny, parseMatchPattern } from '../core/match-pattern';
import { demoPortal } from './demo-portal';
import type { SiteProfile } from './site-profile';
import { sonar } from './sonar';

export type { SiteProfile } from './site-profile';

/** `__DEMO_PORTAL__` is set by vite.config.ts; production builds drop the demo profile. */
export const siteProfiles: readonly SiteProfile[] = __DEMO_PORTAL__ ? [sonar, demoPortal] : [sonar];

/** Parsed on first use: the content script imports the profiles but never matches URLs. */
let compiled: { profile: SiteProfile; patterns: ReturnType<typeof parseMatchPattern>[] }[] | null =
  null;

export function siteProfileFor(url: string): SiteProfile | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  compiled ??= siteProfiles.map((profile) => ({
    profile,
    patterns: profile.matches.map(parseMatchPattern),
  }));
  return compiled.find(({ patterns }) => matchesAny(patterns, parsed))?.profile ?? null;
}
