import type { Browser } from 'webextension-polyfill';

/**
 * The extension API for code that only sends messages, reads i18n strings and the like:
 * Firefox's own `browser`, or Chrome's `chrome`, whose MV3 methods return promises too. The
 * content script uses this instead of webextension-polyfill, which alone would be a third of
 * its size (issue 6: the injected script <= 20 KB gzip). The background keeps the polyfill:
 * Chrome does not accept a promise returned by an onMessage listener.
 */
const scope = globalThis as unknown as { browser?: Browser; chrome: Browser };
export const webext: Browser = scope.browser ?? scope.chrome;
