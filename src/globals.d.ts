/** Build-time constant from vite.config.ts: true in demo builds (`npm start`, e2e tests). */
declare const __DEMO_PORTAL__: boolean;

/** Set by vite.config.ts: true only in test builds (e2e, benchmarks), see build-targets.ts. */
declare const __TEST_HOOKS__: boolean;

/** Set by vite.config.ts: the browser a build is for; picks the extension API's global name. */
declare const __BROWSER__: 'chrome' | 'firefox';
