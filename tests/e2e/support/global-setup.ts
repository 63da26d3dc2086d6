import { execFileSync } from 'node:child_process';
import { findChromium, findFirefox } from '../../../scripts/find-browser';

/**
 * Runs once before the e2e tests: fails fast (never skips) when a browser is missing, then
 * builds the production variant (checked by build-output.test.ts) and the demo variant that
 * the browser tests load.
 */
export default function setup() {
  const chromium = findChromium();
  const firefox = findFirefox();
  console.log(`e2e browsers: Chromium at ${chromium}, Firefox at ${firefox}`);
  if (process.env.E2E_SKIP_BUILD === '1') return;
  for (const variant of [[], ['--demo']]) {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...variant], {
      stdio: 'inherit',
    });
  }
}
