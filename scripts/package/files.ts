/** What goes into each store package: the built extension's files, or the git-tracked source. */
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ZipEntry } from './zip';

/** Every file under `dir`, named by its path inside it with forward slashes. */
export async function treeEntries(dir: string): Promise<ZipEntry[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = found.filter((entry) => entry.isFile());
  return Promise.all(
    files.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return { name: relative(dir, path).split(sep).join('/'), data: await readFile(path) };
    }),
  );
}

/**
 * The files git tracks (as they are in the work tree), with git's executable bit: everything
 * `npm ci && npm run package` needs, and nothing ignored (dist/, node_modules/). Undefined
 * outside a git checkout, as in an unpacked source archive.
 */
export async function sourceEntries(root: string): Promise<ZipEntry[] | undefined> {
  let listing: string;
  try {
    listing = execFileSync('git', ['ls-files', '--stage', '-z'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
  const rows = listing.split('\0').filter((row) => row !== '');
  return Promise.all(
    rows.map(async (row) => {
      // "<mode> <object> <stage>\t<path>"
      const [meta = '', name = ''] = row.split('\t');
      const mode = meta.startsWith('100755') ? 0o755 : 0o644;
      return { name, mode, data: await readFile(join(root, name)) };
    }),
  );
}

/** Tracked files whose work-tree content differs from the last commit. */
export function uncommittedChanges(root: string): string[] {
  const out = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: root,
    encoding: 'utf8',
  });
  return out.split('\n').filter((line) => line !== '');
}
