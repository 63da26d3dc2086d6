/**
 * A storage area in memory with the shape of `browser.storage.local`/`.session`, for unit
 * tests that mock webextension-polyfill. Values are cloned in and out, as the browser does.
 */
export function memoryArea(items: Map<string, unknown>) {
  return {
    get: (keys: string | string[]) => {
      const found: Record<string, unknown> = {};
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        if (items.has(key)) found[key] = structuredClone(items.get(key));
      }
      return Promise.resolve(found);
    },
    set: (values: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
      return Promise.resolve();
    },
    remove: (key: string) => {
      items.delete(key);
      return Promise.resolve();
    },
  };
}
