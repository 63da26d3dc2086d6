import browser from 'webextension-polyfill';
import { siteProfiles } from '../../sites';
import type { PortalsOverview } from '../../shared/model/portal';
import { RequestError } from '../router';
import { normalisePortalAddress } from '../../core/portals/portal-address';
import type { PortalEntry, StoredPortals } from './portal-list';
import { coveringPattern, portalCandidates } from '../../core/portals/portal-overlap';
import { isHomograph, portalRisks } from '../../core/portals/portal-risk';
import { grantedPatterns, overview } from './portal-overview';
import { syncPortalScripts } from './portal-scripts';
import { managedPortalPatterns } from './managed-portals';
import { portalsItem } from './portal-store';

/**
 * Portals the user added. Storage is the source of truth; the registered content
 * scripts follow it, for the portals whose host permission the browser grants. Every change
 * runs in one queue, so an add, a remove and a sync triggered by a permission event never
 * interleave their reads and writes.
 */

let queue: Promise<unknown> = Promise.resolve();

function queued<Result>(task: () => Promise<Result>): Promise<Result> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

export function listPortals(): Promise<PortalsOverview> {
  return queued(async () => overview(await portalsItem.get()));
}

/** Registers the content scripts from the stored list; idempotent (start-up, permission events). */
export function syncPortals(): Promise<void> {
  return queued(async () => {
    await syncFrom(await portalsItem.get());
  });
}

/** Adds `pattern`, whose host permission the options page obtained; re-enables it if stored. */
export function addPortal(pattern: string): Promise<PortalsOverview> {
  return queued(async () => {
    const normalised = normalisePortalAddress(pattern);
    if (!normalised.ok || normalised.pattern !== pattern) {
      throw new RequestError('invalid-input', 'This is not a portal address the extension can add');
    }
    const stored = await portalsItem.get();
    const known = stored.entries.some((entry) => entry.pattern === pattern);
    if (!known) rejectCovered(pattern, stored.entries);
    // The options page refuses these too; only warnings are left to the user's confirmation.
    if (!known && portalRisks(pattern, siteProfiles).some(isHomograph)) {
      throw new RequestError('invalid-input', 'This address imitates a built-in portal');
    }
    if (!(await browser.permissions.contains({ origins: [pattern] }))) {
      throw new RequestError('forbidden', 'The browser has not granted access to this address');
    }
    const next = known
      ? stored
      : { ...stored, entries: [...stored.entries, { pattern, addedAt: Date.now() }] };
    if (!known) await portalsItem.set(next);
    try {
      await syncFrom(next);
    } catch (error) {
      if (!known) await portalsItem.set(stored); // Not running there: not on the list either.
      throw error;
    }
    return overview(next);
  });
}

/** Forgets `pattern`, stops its content script and gives its host permission back. */
export function removePortal(pattern: string): Promise<PortalsOverview> {
  return queued(async () => {
    const stored = await portalsItem.get();
    if (!stored.entries.some((entry) => entry.pattern === pattern)) {
      throw new RequestError('not-found', 'This portal is not on the list');
    }
    const next = {
      ...stored,
      entries: stored.entries.filter((entry) => entry.pattern !== pattern),
    };
    await portalsItem.set(next);
    // The organisation's portal of the same address keeps its access.
    const managed = await managedPortalPatterns();
    // Chrome refuses to remove a permission the manifest requires; the script is gone anyway.
    if (!managed.includes(pattern)) {
      await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    }
    await syncFrom(next);
    return overview(next);
  });
}

function rejectCovered(pattern: string, entries: readonly PortalEntry[]) {
  const userPatterns = entries.map((entry) => entry.pattern);
  const cover = coveringPattern(pattern, portalCandidates(siteProfiles, userPatterns));
  if (cover) {
    throw new RequestError('duplicate', `Already covered by ${cover.owner ?? cover.pattern}`);
  }
}

/** One content script per granted portal, the user's and the organisation's alike. */
async function syncFrom(stored: StoredPortals): Promise<void> {
  const patterns = [
    ...new Set([
      ...stored.entries.map((entry) => entry.pattern),
      ...(await managedPortalPatterns()),
    ]),
  ];
  const granted = await grantedPatterns(patterns);
  await syncPortalScripts(patterns.filter((pattern) => granted.has(pattern)));
}
