/**
 * Finds the browsers the e2e tests and `npm start` drive. A missing browser is an error with
 * an install hint, never a skip (issue 2).
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export class BrowserNotFoundError extends Error {
  override readonly name = 'BrowserNotFoundError';
}

export interface BrowserSpec {
  readonly name: string;
  /** The environment variable that names the executable, checked first. */
  readonly variable: string;
  readonly debianPackage: string;
  /** Absolute paths, or names looked up on PATH, in order of preference. */
  readonly candidates: readonly string[];
}

export const chromiumSpec: BrowserSpec = {
  name: 'Chromium',
  variable: 'CHROME_PATH',
  debianPackage: 'chromium',
  candidates: [
    '/usr/lib/chromium/chromium', // Debian's real binary; /usr/bin/chromium is a shell wrapper
    '/usr/bin/chromium',
    'chromium',
    'chromium-browser',
    'google-chrome',
    'google-chrome-stable',
    'microsoft-edge',
  ],
};

export const firefoxSpec: BrowserSpec = {
  name: 'Firefox',
  variable: 'FIREFOX_PATH',
  debianPackage: 'firefox-esr',
  candidates: ['/usr/bin/firefox-esr', 'firefox-esr', 'firefox'],
};

export function findBrowser(spec: BrowserSpec, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[spec.variable];
  if (override) {
    if (isExecutable(override)) return override;
    throw new BrowserNotFoundError(
      `${spec.variable} is set to "${override}", which is not an executable file. ` +
        `Point it at ${spec.name}, or unset it to use an installed ${spec.name}.`,
    );
  }
  const searchPath = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const candidate of spec.candidates) {
    const paths = candidate.includes('/')
      ? [candidate]
      : searchPath.map((dir) => join(dir, candidate));
    const found = paths.find(isExecutable);
    if (found) return found;
  }
  throw new BrowserNotFoundError(
    `${spec.name} was not found. Install it (Debian/Ubuntu: \`sudo apt-get install -y ${spec.debianPackage}\`) ` +
      `or set ${spec.variable} to its executable.`,
  );
}

export const findChromium = (env?: NodeJS.ProcessEnv) => findBrowser(chromiumSpec, env);
export const findFirefox = (env?: NodeJS.ProcessEnv) => findBrowser(firefoxSpec, env);

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
