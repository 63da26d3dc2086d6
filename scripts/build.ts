/**
 * Builds the extension for Chrome and Firefox: `tsx scripts/build.ts` writes dist/chrome and
 * dist/firefox; `--demo` writes dist/demo-chrome and dist/demo-firefox, which also run on the
 * demo portal (loopback), with the test hooks the e2e tests and benchmarks need (see
 * build-targets.ts; `npm start` builds the demo variant without them).
 */
import { browsers } from './build-targets';
import { buildVariant } from './build-variant';

const demo = process.argv.includes('--demo');
for (const browser of browsers) await buildVariant(browser, demo);
