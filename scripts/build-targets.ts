/** The build variants, shared by vite.config.ts, the build script, `npm start` and e2e tests. */

export const browsers = ['chrome', 'firefox'] as const;
export type Browser = (typeof browsers)[number];

export interface BuildTarget {
  readonly browser: Browser;
  readonly demo: boolean;
  /**
   * Test builds (e2e, benchmarks; never `npm start`, never production): automation cannot
   * click the toolbar button, so `activeTab` is never granted; these builds may ask for
   * `<all_urls>` (granted only by the tests that scan a tab) and let the popup's scan name its
   * tab (issue 5). Implies `demo`.
   */
  readonly testHooks: boolean;
  readonly outDir: string;
}

export function outDirFor(browser: Browser, demo: boolean): string {
  return demo ? `dist/demo-${browser}` : `dist/${browser}`;
}

export function buildTarget(env: NodeJS.ProcessEnv): BuildTarget {
  const browser = env.BROWSER ?? 'chrome';
  if (browser !== 'chrome' && browser !== 'firefox') {
    throw new Error(`BROWSER must be "chrome" or "firefox", not "${browser}"`);
  }
  const testHooks = env.TEST_HOOKS === '1';
  const demo = env.DEMO === '1' || testHooks;
  return { browser, demo, testHooks, outDir: outDirFor(browser, demo) };
}
