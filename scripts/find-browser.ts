/**
 * Finds the browsers the e2e tests and `npm start` drive. A missing browser is an error with
 * an install hint, never a skip (issue 2).
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export class BrowserNotFoundError extends Error {
  override readonly name = 'BrowserNotFoundError';
}

const chromiumCandidates = [
  '/usr/lib/chromium/chromium', // Debian's real binary; /usr/bin/chromium is a shell wrapper
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
];

const firefoxCandidates = ['/usr/bin/firefox-esr', 'firefox-esr', '/usr/bin/firefox', 'firefox'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  return (
    findExecutable(env.CHROME_PATH, chromiumCandidates, env) ??
    fail('Chromium', 'chromium', 'CHROME_PATH')
  );
}

export function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  return (
    findExecutable(env.FIREFOX_PATH, firefoxCandidates, env) ??
    fail('Firefox', 'firefox-esr', 'FIREFOX_PATH')
  );
}

function findExecutable(
  override: string | undefined,
  candidates: readonly string[],
  env: NodeJS.ProcessEnv,
): string | null {
  if (override) {
    if (isExecutable(override)) return override;
    throw new BrowserNotFoundError(
      `The browser set in the environment is not executable: ${override}`,
    );
  }
  const searchPath = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const candidate of candidates) {
    const paths = candidate.includes('/')
      ? [candidate]
      : searchPath.map((dir) => join(dir, candidate));
    const found = paths.find(isExecutable);
    if (found) return found;
  }
  return null;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function fail(name: string, debianPackage: string, variable: string): never {
  throw new BrowserNotFoundError(
    `${name} was not found. Install it (Debian/Ubuntu: \`sudo apt-get install -y ${debianPackage}\`) ` +
      `or set ${variable} to its executable.`,
  );
}
