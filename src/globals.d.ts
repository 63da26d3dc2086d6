/** Build-time constant from vite.config.ts: true in demo builds (`npm start`, e2e tests). */
declare const __DEMO_PORTAL__: boolean;

/** Set by vite.config.ts: true only in test builds (e2e, benchmarks), see build-targets.ts. */
declare const __TEST_HOOKS__: boolean;

/**
 * Set by vite.config.ts from the build target: the extension API's global name, and code for
 * one browser only (the offscreen clipboard document is Chrome's) compiled out of the other's.
 */
declare const __BROWSER__: 'chrome' | 'firefox';
