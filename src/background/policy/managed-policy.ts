import browser from 'webextension-polyfill';
import { noPolicy, readPolicy, type Policy, type ReadPolicy } from '../../core/policy/policy';
import { storageItem } from '../storage-items';

/**
 * The organisation's policy, read from `storage.managed` (Chromium: the platform's extension
 * policy, checked against managed_schema.json; Firefox: the `3rdparty` section of
 * policies.json), and read again whenever Chromium reports a change, so a new policy applies
 * without a restart; Firefox reads policies only when it starts.
 *
 * Chromium answers the first `storage.managed.get()` after the browser starts late (about 3 s
 * here, with or without a policy), and a portal page's first message must not wait that long.
 * So the last policy read is kept in storage.local (administrators' settings, no secret) and
 * serves at once while the live one is read; a profile that never read one waits a moment,
 * then goes on without, and whatever the live read brings is applied as a change. At browser
 * start the vault is locked, so nothing a policy restricts can happen in that moment.
 */

const FIRST_READ_WAIT_MS = 250;

const lastRead = storageItem<unknown>('local', 'managedPolicy', undefined, (stored) => stored);

/** The policy in force; null while a read is due. */
let current: ReadPolicy | null = null;
/** The last policy handed out (or taken from storage): a new read is announced when it differs. */
let served: ReadPolicy | null = null;
let reading: Promise<ReadPolicy> | null = null;
/** What storage.local holds, read once per worker: a worker that wakes does not write it again. */
let kept: Promise<unknown> | null = null;
const keptPolicy = () => (kept ??= lastRead.get().catch(() => undefined));
const listeners: (() => void)[] = [];

export function currentReadPolicy(): Promise<ReadPolicy> {
  if (current) return Promise.resolve(current);
  reading ??= firstRead();
  return reading;
}

export async function currentPolicy(): Promise<Policy> {
  return (await currentReadPolicy()).policy;
}

/** Registered at start-up; `onChange` runs once a new policy is the current one. */
export function watchManagedPolicy(onChange: () => void): void {
  listeners.push(onChange);
  browser.storage.onChanged.addListener((_changes, area) => {
    // Only the first listener re-reads; every one hears the change once it is read. Reads
    // from now on wait for the new policy.
    if (area !== 'managed' || listeners[0] !== onChange) return;
    current = null;
    reading = refresh();
  });
}

async function firstRead(): Promise<ReadPolicy> {
  const live = refresh();
  const stored = await keptPolicy();
  if (current) return current;
  if (stored !== undefined) return serve(readPolicy(stored));
  const waited = new Promise<ReadPolicy>((resolve) => {
    setTimeout(() => {
      resolve(current ?? serve({ policy: noPolicy, ignored: [] }));
    }, FIRST_READ_WAIT_MS);
  });
  return Promise.race([live, waited]);
}

function serve(read: ReadPolicy): ReadPolicy {
  current = read;
  served = read;
  return read;
}

/** Reads the live policy; when it differs from the one served, it becomes current and is announced. */
async function refresh(): Promise<ReadPolicy> {
  const raw = await liveValues();
  const read = readPolicy(raw);
  const before = served;
  serve(read);
  reading = null;
  if (read.ignored.length > 0) {
    // Key names only: an administrator's values are not ours to repeat.
    console.warn('Managed policy values ignored (not valid):', read.ignored.join(', '));
  }
  if (JSON.stringify(raw ?? null) !== JSON.stringify(await keptPolicy())) {
    kept = Promise.resolve(raw ?? null);
    await lastRead.set(raw ?? null).catch(() => undefined);
  }
  if (before !== null && JSON.stringify(before) !== JSON.stringify(read)) {
    for (const listener of listeners) listener();
  }
  return read;
}

async function liveValues(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    // Firefox without any policy: "Managed storage manifest not found". Nothing is managed.
    return undefined;
  }
}
