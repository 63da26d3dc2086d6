/** One production or demo build of the extension, shared by the build and package scripts. */
import { build } from 'vite';
import { outDirFor, type Browser } from './build-targets';

/** Builds one variant into `outDirFor(browser, demo)`; demo builds carry the test hooks. */
export async function buildVariant(browser: Browser, demo: boolean): Promise<string> {
  // vite.config.ts picks its variant from these (scripts/build-targets.ts).
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  process.env.BROWSER = browser;
  process.env.DEMO = demo ? '1' : '0';
  process.env.TEST_HOOKS = demo ? '1' : '0';
  // Every build is a production build, whoever runs it: vitest's NODE_ENV=test, inherited by the
  // e2e setup's build, made Preact's plugin bundle its devtools hook into the popup (+4 KB).
  process.env.NODE_ENV = 'production';
  await build({ logLevel: 'warn' });
  console.log(`Built ${demo ? 'demo ' : ''}${browser} extension`);
  return outDirFor(browser, demo);
}
