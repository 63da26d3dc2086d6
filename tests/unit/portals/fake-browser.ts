import type { Scripting } from 'webextension-polyfill';

/**
 * Just enough of the WebExtension API for the portal modules (issue 5), behaving as Chrome
 * does where it matters: registering an id twice or unregistering an unknown id throws.
 */
export function createFakeBrowser() {
  const local = new Map<string, unknown>();
  const scripts = new Map<string, Scripting.RegisteredContentScript>();
  const granted = new Set<string>();
  const calls = { register: 0, unregister: 0 };
  let failNextRegister = false;
  // The organisation's policy: null is Firefox without one (get() rejects).
  let managed: Record<string, unknown> | null = null;
  /** Chromium answers its first managed read after start late: a promise to wait for first. */
  let managedAnswer: Promise<void> = Promise.resolve();
  const storageListeners = new Set<(changes: object, area: string) => void>();
  const base = 'moz-extension://0b5e8b5c-5a4a-4b8e-9d0e-1f2a3b4c5d6e/';
  // Firefox names manifest content scripts by full URL; Chrome by package path.
  const manifestScript = { file: 'src/content/content-script.js' };

  const browser = {
    storage: {
      managed: {
        get: async () => {
          await managedAnswer;
          if (managed === null) throw new Error('Managed storage manifest not found');
          return structuredClone(managed);
        },
      },
      onChanged: {
        addListener: (listener: (changes: object, area: string) => void) => {
          storageListeners.add(listener);
        },
      },
      local: {
        get: (key: string) =>
          Promise.resolve(local.has(key) ? { [key]: structuredClone(local.get(key)) } : {}),
        set: (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) local.set(key, structuredClone(value));
          return Promise.resolve();
        },
        remove: (key: string) => {
          local.delete(key);
          return Promise.resolve();
        },
      },
    },
    runtime: {
      getURL: (path: string) => `${base}${path.replace(/^\//, '')}`,
      getManifest: () => ({
        content_scripts: [
          {
            matches: ['https://*.net2phone.ca/*'],
            js: [manifestScript.file],
            run_at: 'document_idle',
            all_frames: false,
          },
        ],
      }),
    },
    permissions: {
      contains: ({ origins = [] }: { origins?: string[] }) =>
        Promise.resolve(origins.every((origin) => granted.has(origin))),
      remove: ({ origins = [] }: { origins?: string[] }) => {
        for (const origin of origins) granted.delete(origin);
        return Promise.resolve(true);
      },
    },
    scripting: {
      getRegisteredContentScripts: () => Promise.resolve([...scripts.values()]),
      registerContentScripts: (added: Scripting.RegisteredContentScript[]) => {
        calls.register += 1;
        if (failNextRegister) {
          failNextRegister = false;
          return Promise.reject(new Error('registration failed'));
        }
        if (added.some((script) => scripts.has(script.id))) {
          return Promise.reject(new Error('Duplicate script ID'));
        }
        for (const script of added) scripts.set(script.id, script);
        return Promise.resolve();
      },
      unregisterContentScripts: ({ ids = [] }: { ids?: string[] }) => {
        calls.unregister += 1;
        if (ids.some((id) => !scripts.has(id))) {
          return Promise.reject(new Error('Nonexistent script ID'));
        }
        for (const id of ids) scripts.delete(id);
        return Promise.resolve();
      },
    },
  };

  return {
    browser,
    local,
    scripts,
    granted,
    calls,
    /** Makes `getManifest()` name the content script as Firefox does, by full URL. */
    useFirefoxManifestUrls: () => {
      manifestScript.file = `${base}src/content/content-script.js`;
    },
    /** Holds managed reads until `release` runs (a browser that just started). */
    holdManagedReads() {
      let release: () => void = () => undefined;
      managedAnswer = new Promise((resolve) => {
        release = resolve;
      });
      return release;
    },
    /** A new policy, announced as Chromium does (storage.onChanged, area "managed"). */
    setPolicy(values: Record<string, unknown> | null) {
      managed = values;
      for (const listener of storageListeners) listener({}, 'managed');
    },
    failNextRegister: () => {
      failNextRegister = true;
    },
    reset() {
      local.clear();
      scripts.clear();
      granted.clear();
      calls.register = 0;
      calls.unregister = 0;
      failNextRegister = false;
      managed = null;
      managedAnswer = Promise.resolve();
      manifestScript.file = 'src/content/content-script.js';
    },
  };
}
