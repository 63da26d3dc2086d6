import { normalisePortalAddress } from '../../core/portals/portal-address';

/**
 * The stored list of portals the user added, read defensively: storage is shared
 * with older and newer versions of the extension and can be edited by hand (DESIGN 4.7). An
 * entry this version cannot read is set aside and written back untouched, never dropped.
 */

export interface PortalEntry {
  /** A normalised match pattern (core/portals/portal-address.ts), e.g. `https://portal.example.com/*`. */
  readonly pattern: string;
  /** When the user added it, in ms since the epoch. */
  readonly addedAt: number;
}

export interface StoredPortals {
  readonly entries: readonly PortalEntry[];
  /** Whatever was stored that is not a readable entry, kept to be written back as it was. */
  readonly unreadable: readonly unknown[];
}

export const noPortals: StoredPortals = { entries: [], unreadable: [] };

export function parseStoredPortals(stored: unknown): StoredPortals {
  if (stored === undefined) return noPortals;
  if (!Array.isArray(stored)) return { entries: [], unreadable: [stored] };
  const entries: PortalEntry[] = [];
  const unreadable: unknown[] = [];
  for (const item of stored as readonly unknown[]) {
    if (!isPortalEntry(item)) unreadable.push(item);
    // The same pattern twice adds nothing: the first one stands.
    else if (!entries.some((entry) => entry.pattern === item.pattern)) entries.push(item);
  }
  return { entries, unreadable };
}

/** Entries keep any fields a newer version added: they are the stored objects themselves. */
export function serialisePortals(portals: StoredPortals): unknown[] {
  return [...portals.entries, ...portals.unreadable];
}

function isPortalEntry(value: unknown): value is PortalEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { pattern, addedAt } = value as Record<string, unknown>;
  if (typeof pattern !== 'string' || typeof addedAt !== 'number') return false;
  if (!Number.isFinite(addedAt) || addedAt < 0) return false;
  const normalised = normalisePortalAddress(pattern);
  // Only what the options page could have stored: a pattern that is its own normal form.
  return normalised.ok && normalised.pattern === pattern;
}
