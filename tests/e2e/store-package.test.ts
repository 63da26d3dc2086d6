import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { demoPortal } from '../../src/sites/demo-portal';
import { packageInto, packageStem } from './support/store-packages';
import { TEST_HOOK_MARKERS } from './support/test-hook-markers';

// `npm run package` (scripts/package.ts): the zips the stores get, made twice from the same
// commit into two folders. They must be byte-identical (a reviewer who rebuilds gets what was
// uploaded), and each must be the production build: no demo portal, no test hooks, no maps.

const stem = packageStem;
const names = ['chrome', 'firefox', 'source'].map((kind) => `${stem}-${kind}.zip`);
let first: string;
let second: string;

beforeAll(async () => {
  first = await mkdtemp(join(tmpdir(), 'store-package-a-'));
  second = await mkdtemp(join(tmpdir(), 'store-package-b-'));
  packageInto(first);
  packageInto(second);
}, 180_000);

afterAll(async () => {
  await rm(first, { recursive: true, force: true });
  await rm(second, { recursive: true, force: true });
});

describe('store packages', () => {
  it('are the three zips, byte-identical when made twice', async () => {
    expect((await readdir(first)).sort()).toEqual([...names].sort());
    for (const name of names) {
      const [a, b] = await Promise.all([readFile(join(first, name)), readFile(join(second, name))]);
      expect(a.equals(b), name).toBe(true);
    }
  });

  it.each(['chrome', 'firefox'])(
    '%s: the production build, with its manifest at the root',
    async (browser) => {
      const files = unzipSync(await readFile(join(first, `${stem}-${browser}.zip`)));
      const manifestBytes = files['manifest.json'];
      expect(manifestBytes).toBeDefined();
      const manifest = JSON.parse(strFromU8(manifestBytes ?? new Uint8Array())) as {
        version: string;
        content_scripts: { matches: string[] }[];
        optional_host_permissions: string[];
      };
      expect(manifest.version).toBe(packageJson.version);
      const matches = manifest.content_scripts.flatMap((script) => script.matches);
      for (const pattern of demoPortal.matches) expect(matches).not.toContain(pattern);
      expect(manifest.optional_host_permissions).not.toContain('<all_urls>');
      expect(Object.keys(files).filter((name) => name.endsWith('.map'))).toEqual([]);
      const scripts = Object.entries(files)
        .filter(([name]) => name.endsWith('.js'))
        .map(([, bytes]) => strFromU8(bytes));
      for (const marker of TEST_HOOK_MARKERS) {
        expect(
          scripts.some((source) => source.includes(marker)),
          marker,
        ).toBe(false);
      }
    },
  );

  it('source: every file git tracks, so `npm ci && npm run package` rebuilds', async () => {
    const files = unzipSync(await readFile(join(first, `${stem}-source.zip`)));
    const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
      .split('\0')
      .filter((name) => name !== '');
    expect(Object.keys(files).sort()).toEqual(tracked.sort());
  });
});
