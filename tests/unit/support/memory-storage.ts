/**
 * A storage area in memory with the shape of `browser.storage.local`/`.session`, for unit
 * tests that mock webextension-polyfill. Values are cloned in and out, as the browser does.
 * `beforeWrite` runs before every set and remove: a test counts writes there, or throws to
 * play a refused write (the call then rejects and nothing changes).
 */
export function memoryArea(items: Map<string, unknown>, beforeWrite: () => void = () => undefined) {
  const write = (change: () => void) => {
    try {
      beforeWrite();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    change();
    return Promise.resolve();
  };
  return {
    get: (keys: string | string[]) => {
      const found: Record<string, unknown> = {};
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        if (items.has(key)) found[key] = structuredClone(items.get(key));
      }
      return Promise.resolve(found);
    },
    set: (values: Record<string, unknown>) =>
      write(() => {
        for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
      }),
    remove: (key: string) =>
      write(() => {
        items.delete(key);
      }),
  };
}
