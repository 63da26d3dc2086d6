import { storageItem } from '../storage-items';
import { parseStoredPortals, serialisePortals, type StoredPortals } from './portal-list';

/**
 * The `portals` item in storage.local: the user's portal addresses. Not secret (no
 * codes, no accounts), and local rather than sync: the permission that makes a portal work is
 * granted per browser, so a synced list would promise portals another browser cannot run on.
 */
const rawPortals = storageItem<unknown>('local', 'portals', undefined, (stored) => stored);

export const portalsItem = {
  async get(): Promise<StoredPortals> {
    return parseStoredPortals(await rawPortals.get());
  },
  async set(portals: StoredPortals): Promise<void> {
    await rawPortals.set(serialisePortals(portals));
  },
};
