/**
 * `npm run package [-- --out DIR]`: the store packages, in dist/packages/ unless told:
 *   sonar-authenticator-<version>-chrome.zip   Chrome Web Store and Microsoft Edge Add-ons
 *   sonar-authenticator-<version>-firefox.zip  addons.mozilla.org
 *   sonar-authenticator-<version>-source.zip   the source AMO's review asks for (minified code)
 * The version is package.json's (vite.config.ts writes it into the manifests). The same commit
 * gives byte-identical zips on any machine (scripts/package/zip.ts). Outside a git checkout
 * (an unpacked source archive) the source zip is skipped: the other two are what to compare.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };
import { browsers } from './build-targets';
import { buildVariant } from './build-variant';
import { sourceEntries, treeEntries, uncommittedChanges } from './package/files';
import { reproducibleZip } from './package/zip';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist/packages' } } });
const outDir = resolve(values.out);
const root = resolve(import.meta.dirname, '..');
const stem = `${packageJson.name}-${packageJson.version}`;

await mkdir(outDir, { recursive: true });
for (const browser of browsers) {
  const dir = await buildVariant(browser, false);
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
    version?: string;
  };
  if (manifest.version !== packageJson.version) {
    throw new Error(
      `${dir}/manifest.json says version ${String(manifest.version)}, package.json ${packageJson.version}`,
    );
  }
  await write(`${stem}-${browser}.zip`, reproducibleZip(await treeEntries(dir)));
}

const source = await sourceEntries(root);
if (source === undefined) {
  console.log('Not a git checkout: no source archive (it lists the files git tracks).');
} else {
  const changed = uncommittedChanges(root);
  if (changed.length > 0) {
    console.warn(`The source archive includes ${changed.length} uncommitted change(s).`);
  }
  await write(`${stem}-source.zip`, reproducibleZip(source));
}

async function write(name: string, bytes: Uint8Array): Promise<void> {
  const path = join(outDir, name);
  await writeFile(path, bytes);
  console.log(`Wrote ${path} (${Math.round(bytes.length / 1024)} KB)`);
}
