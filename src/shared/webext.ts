import type { Browser } from 'webextension-polyfill';

/**
 * The extension API for code that only sends messages, reads i18n strings and the like:
 * Firefox's own `browser`, or Chrome's `chrome`, whose MV3 methods return promises too. The
 * content script uses this instead of webextension-polyfill, which alone would be a third of
 * its size (the injected script <= 20 KB gzip). The background keeps the polyfill:
 * Chrome does not accept a promise returned by an onMessage listener.
 *
 * The name is fixed per build (`__BROWSER__`), never guessed with `browser ?? chrome`: in a
 * Chromium content script, a page element with id or name "browser" can appear as a named
 * property of the window, and would then pass for the extension API.
 */
export function extensionNamespace(target: 'chrome' | 'firefox', scope: object): Browser {
  const name = target === 'firefox' ? 'browser' : 'chrome';
  return (scope as Record<typeof name, Browser>)[name];
}

export const webext: Browser = extensionNamespace(__BROWSER__, globalThis);
