/** The build variants, shared by vite.config.ts, the build script, `npm start` and e2e tests. */

export type Browser = 'chrome' | 'firefox';

export interface BuildTarget {
  readonly browser: Browser;
  readonly demo: boolean;
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
  const demo = env.DEMO === '1';
  return { browser, demo, outDir: outDirFor(browser, demo) };
}
