import browser from 'webextension-polyfill';
import { siteProfiles } from '../../sites';
import type { PortalsOverview } from '../../shared/model/portal';
import type { StoredPortals } from './portal-list';
import { managedPortalPatterns } from './managed-portals';

/** What Options -> Portals shows: built-in profiles, the organisation's, then the user's portals. */

/** The patterns among `patterns` whose host permission the browser grants right now. */
export async function grantedPatterns(patterns: readonly string[]): Promise<Set<string>> {
  const checks = await Promise.all(
    patterns.map(async (pattern) => ({
      pattern,
      granted: await browser.permissions.contains({ origins: [pattern] }),
    })),
  );
  return new Set(checks.filter((check) => check.granted).map((check) => check.pattern));
}

export async function overview(stored: StoredPortals): Promise<PortalsOverview> {
  const managed = await managedPortalPatterns();
  const granted = await grantedPatterns([
    ...stored.entries.map((entry) => entry.pattern),
    ...managed,
  ]);
  return {
    builtIn: siteProfiles.map((profile) => ({ name: profile.name, matches: profile.matches })),
    portals: stored.entries.map(({ pattern, addedAt }) => ({
      pattern,
      addedAt,
      granted: granted.has(pattern),
    })),
    managed: managed.map((pattern) => ({ pattern, granted: granted.has(pattern) })),
  };
}
