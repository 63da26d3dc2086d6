import browser from 'webextension-polyfill';

/**
 * Typed storage items with defaults, validated on read (after fregante's webext-storage).
 * Every read goes through a validator: storage is shared with older and newer versions of
 * the extension and can be edited by hand in DevTools.
 */

type Area = 'local' | 'session';

export interface StorageItem<Value> {
  get(): Promise<Value>;
  set(value: Value): Promise<void>;
  remove(): Promise<void>;
}

export function storageItem<Value>(
  area: Area,
  key: string,
  fallback: Value,
  parse: (stored: unknown) => Value | undefined,
): StorageItem<Value> {
  // Looked up at each use, not at import: an item is declared at module level.
  const storage = () => browser.storage[area];
  return {
    async get() {
      const stored = (await storage().get(key))[key];
      if (stored === undefined) return fallback;
      return parse(stored) ?? fallback;
    },
    async set(value) {
      await storage().set({ [key]: value });
    },
    async remove() {
      await storage().remove(key);
    },
  };
}
