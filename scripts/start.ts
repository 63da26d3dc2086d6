/**
 * `npm start`: build the demo extension, start the demo portal, and open Chromium with the
 * extension loaded on the portal's sign-in page, in a profile of its own (kept in .profile/
 * so the vault survives restarts). Without a display, Chromium runs headless and says so.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { SEEDED_USERS, startPortal } from '../tests/fixtures/portal/server';
import { outDirFor } from './build-targets';
import { chromiumFlags } from './chromium-flags';
import { BrowserNotFoundError, findChromium } from './find-browser';

let chromiumPath: string;
try {
  chromiumPath = findChromium();
} catch (error) {
  if (!(error instanceof BrowserNotFoundError)) throw error;
  console.error(error.message);
  process.exit(1);
}

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
const { build } = await import('vite');
process.env.BROWSER = 'chrome';
process.env.DEMO = '1';
process.env.TEST_HOOKS = '0'; // A person clicks here: activeTab works, no test grants.
await build({ logLevel: 'warn' });

const portal = await startPortal({ port: Number(process.env.PORTAL_PORT ?? 8460) });
const extensionDir = resolve(outDirFor('chrome', true));
const profileDir = resolve('.profile/chromium');
mkdirSync(profileDir, { recursive: true });

const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY);
const signInUrl = `${portal.url}/login`;
const chromium = spawn(
  chromiumPath,
  [
    `--user-data-dir=${profileDir}`,
    ...chromiumFlags(extensionDir),
    ...(hasDisplay ? [] : ['--headless', '--remote-debugging-port=9222']),
    signInUrl,
  ],
  { stdio: 'ignore' },
);

console.log(`Demo portal: ${signInUrl}`);
for (const user of SEEDED_USERS) console.log(`  sign in as ${user.login} / ${user.password}`);
console.log(`Extension loaded from ${extensionDir} (profile: ${profileDir})`);
if (!hasDisplay) {
  console.log(
    'No display found: Chromium runs headless (DevTools on http://127.0.0.1:9222). ' +
      'The portal keeps serving; press Ctrl-C to stop.',
  );
} else {
  console.log('Press Ctrl-C to stop.');
}

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  chromium.kill();
  await portal.close();
  process.exit(0);
}
chromium.on('exit', (code) => {
  if (stopping) return;
  if (hasDisplay) {
    console.log('Chromium was closed; stopping the portal.');
    void stop();
  } else {
    console.error(`Headless Chromium exited (code ${code ?? 'none'}); the portal keeps serving.`);
  }
});
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
