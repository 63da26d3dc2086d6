/**
 * Builds the extension for Chrome and Firefox: `tsx scripts/build.ts` writes dist/chrome and
 * dist/firefox; `--demo` writes dist/demo-chrome and dist/demo-firefox, which also run on the
 * demo portal (loopback), with the test hooks the e2e tests and benchmarks need (see
 * build-targets.ts; `npm start` builds the demo variant without them).
 */
import { build } from 'vite';
import type { Browser } from './build-targets';

const demo = process.argv.includes('--demo');
const browsers: Browser[] = ['chrome', 'firefox'];

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';

for (const browser of browsers) {
  process.env.BROWSER = browser;
  process.env.DEMO = demo ? '1' : '0';
  process.env.TEST_HOOKS = demo ? '1' : '0';
  await build({ logLevel: 'warn' });
  console.log(`Built ${demo ? 'demo ' : ''}${browser} extension`);
}
