import english from '../../../public/_locales/en/messages.json';
import { getMessage, type Messages } from './locale-messages';

/**
 * The extension API as an extension page's code uses it (src/shared/webext.ts), for unit
 * tests of pages and hooks: i18n from a real locale file (English unless a test sets
 * another), and the listeners pages add, kept so a test can play the browser's events.
 *
 *   vi.mock('../../../src/shared/webext', async () =>
 *     (await import('../support/page-webext')).pageWebextModule());
 */

type StorageListener = (changes: Record<string, unknown>, area: string) => void;
type MessageListener = (message: unknown) => unknown;
type PermissionListener = (change: { permissions?: string[] }) => void;
interface PermissionQuery {
  permissions?: string[];
}

export const pageWebext = {
  locale: english as Messages,
  storageListeners: new Set<StorageListener>(),
  messageListeners: new Set<MessageListener>(),
  /** storage.local, as the page reads and writes it. */
  local: new Map<string, unknown>(),
  /** Whether the optional permissions a page asks about are granted, and the browser's answer to a request. */
  permissions: {
    granted: false,
    request: (_query: PermissionQuery): Promise<boolean> => Promise.resolve(false),
    added: new Set<PermissionListener>(),
    removed: new Set<PermissionListener>(),
  },
};

function listeners<Listener>(set: Set<Listener>) {
  return {
    addListener: (listener: Listener) => set.add(listener),
    removeListener: (listener: Listener) => set.delete(listener),
  };
}

export function pageWebextModule() {
  return {
    webext: {
      i18n: {
        getMessage: (key: string, substitutions?: string[]) =>
          getMessage(pageWebext.locale, key, substitutions),
        getUILanguage: () => 'en',
      },
      storage: {
        onChanged: listeners(pageWebext.storageListeners),
        local: {
          get: (key: string) => Promise.resolve({ [key]: pageWebext.local.get(key) }),
          set: (items: Record<string, unknown>) => {
            for (const [key, value] of Object.entries(items)) pageWebext.local.set(key, value);
            return Promise.resolve();
          },
        },
      },
      runtime: { onMessage: listeners(pageWebext.messageListeners) },
      permissions: {
        contains: () => Promise.resolve(pageWebext.permissions.granted),
        request: (query: PermissionQuery) => pageWebext.permissions.request(query),
        onAdded: listeners(pageWebext.permissions.added),
        onRemoved: listeners(pageWebext.permissions.removed),
      },
    },
  };
}

/** Plays what the background announces to pages (shared/protocol/events.ts). */
export function announce(type: string): void {
  for (const listener of pageWebext.messageListeners) listener({ type, event: true });
}
