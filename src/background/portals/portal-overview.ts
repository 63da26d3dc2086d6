import browser from 'webextension-polyfill';
import { siteProfiles } from '../../sites';
import type { PortalsOverview } from '../../shared/model/portal';
import type { PortalEntry, StoredPortals } from './portal-list';

/** What Options -> Portals shows: built-in profiles, then the user's portals. */

/** The patterns among `entries` whose host permission the browser grants right now. */
export async function grantedPatterns(entries: readonly PortalEntry[]): Promise<Set<string>> {
  const checks = await Promise.all(
    entries.map(async ({ pattern }) => ({
      pattern,
      granted: await browser.permissions.contains({ origins: [pattern] }),
    })),
  );
  return new Set(checks.filter((check) => check.granted).map((check) => check.pattern));
}

export async function overview(stored: StoredPortals): Promise<PortalsOverview> {
  const granted = await grantedPatterns(stored.entries);
  return {
    builtIn: siteProfiles.map((profile) => ({ name: profile.name, matches: profile.matches })),
    portals: stored.entries.map(({ pattern, addedAt }) => ({
      pattern,
      addedAt,
      granted: granted.has(pattern),
    })),
  };
}
