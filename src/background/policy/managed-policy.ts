import browser from 'webextension-polyfill';
import { noPolicy, readPolicy, type Policy, type ReadPolicy } from '../../core/policy/policy';

/**
 * The organisation's policy, read from `storage.managed` (Chromium: the platform's extension
 * policy, checked against managed_schema.json; Firefox: the `3rdparty` section of
 * policies.json). Read once per worker and again whenever Chromium reports a change, so a new
 * policy applies without a restart; Firefox reads policies only when it starts.
 */

let loaded: Promise<ReadPolicy> | null = null;

export function currentReadPolicy(): Promise<ReadPolicy> {
  loaded ??= load();
  return loaded;
}

export async function currentPolicy(): Promise<Policy> {
  return (await currentReadPolicy()).policy;
}

async function load(): Promise<ReadPolicy> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    // Firefox without any policy: "Managed storage manifest not found". Nothing is managed.
    return { policy: noPolicy, ignored: [] };
  }
  const read = readPolicy(raw);
  if (read.ignored.length > 0) {
    // Key names only: an administrator's values are not ours to repeat.
    console.warn('Managed policy values ignored (not valid):', read.ignored.join(', '));
  }
  return read;
}

/** Registered at start-up; `onChange` runs once the new policy is the current one. */
export function watchManagedPolicy(onChange: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    loaded = null;
    onChange();
  });
}
