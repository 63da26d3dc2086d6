import { afterEach, describe, expect, it, vi } from 'vitest';

/** What a page element with id="browser" looks like to a script: an object with no API. */
const pageElement = { id: 'browser', tagName: 'DIV' };
const chromeApi = { runtime: { id: 'chrome-api' } };
const firefoxApi = { runtime: { id: 'firefox-api' } };

describe('the extension namespace (never a page element)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('takes `chrome` in the Chrome build even when something called `browser` exists', async () => {
    vi.stubGlobal('chrome', chromeApi);
    vi.stubGlobal('browser', pageElement);
    vi.resetModules();
    // The unit tier is built as the Chrome build (vitest.config.ts defines __BROWSER__).
    const { webext } = await import('../../../src/shared/webext');
    expect(webext).toBe(chromeApi);
  });

  it('takes each browser its own global by name, whatever else the scope holds', async () => {
    const { extensionNamespace } = await import('../../../src/shared/webext');
    const scope = { browser: firefoxApi, chrome: chromeApi };
    expect(extensionNamespace('chrome', scope)).toBe(chromeApi);
    expect(extensionNamespace('firefox', scope)).toBe(firefoxApi);
    expect(extensionNamespace('chrome', { browser: pageElement, chrome: chromeApi })).toBe(
      chromeApi,
    );
  });
});
