import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import packageJson from '../../../package.json' with { type: 'json' };

/** `npm run package` into `dir` (scripts/package.ts): the zips the stores get. */
export function packageInto(dir: string): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/package.ts', '--out', dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export const packageStem = `${packageJson.name}-${packageJson.version}`;

/**
 * The Chrome and Firefox store zips, made and unzipped as a store (or a user's browser)
 * would: the folders a test loads, so it runs what would be uploaded.
 */
export async function unzippedStorePackages(): Promise<{
  readonly root: string;
  readonly chrome: string;
  readonly firefox: string;
}> {
  const root = await mkdtemp(join(tmpdir(), 'store-packages-'));
  packageInto(root);
  const unzip = async (browser: 'chrome' | 'firefox') => {
    const target = join(root, browser);
    const files = unzipSync(await readFile(join(root, `${packageStem}-${browser}.zip`)));
    for (const [name, bytes] of Object.entries(files)) {
      await mkdir(dirname(join(target, name)), { recursive: true });
      await writeFile(join(target, name), bytes);
    }
    return target;
  };
  return { root, chrome: await unzip('chrome'), firefox: await unzip('firefox') };
}
