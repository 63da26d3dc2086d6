import { createHash } from 'node:crypto';
import { access, mkdir, readFile, realpath, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { firefoxAddonId } from '../../../scripts/firefox-manifest';

/*
 * TEST HARNESS ONLY. A real policy file where each browser reads managed policy on Linux, as
 * an administrator would write it (docs/administrators.md): Chromium's
 * /etc/chromium/policies/managed/*.json, with the extension's values under
 * "3rdparty" -> "extensions" -> its id; Firefox's /etc/firefox/policies/policies.json, under
 * "policies" -> "3rdparty" -> "Extensions" -> its add-on id. Writing there needs root (CI
 * runs the tests as root). `restore()` puts back exactly what was there: a file of ours is
 * removed, another's is written back as it was, and folders we made go away again.
 */

export type PolicyValues = Record<string, unknown>;

export interface PolicyFile {
  /** Writes (or rewrites) the extension's policy. */
  write(values: PolicyValues): Promise<void>;
  restore(): Promise<void>;
}

const CHROMIUM_DIR = '/etc/chromium/policies/managed';
const FIREFOX_FILE = '/etc/firefox/policies/policies.json';

/** An unpacked extension's id: Chromium hashes its absolute path (a-p for each hex digit). */
export async function chromiumExtensionId(extensionDir: string): Promise<string> {
  const digest = createHash('sha256')
    .update(await realpath(extensionDir))
    .digest('hex');
  return digest
    .slice(0, 32)
    .replace(/[0-9a-f]/g, (digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)));
}

export async function chromiumPolicy(extensionDir: string): Promise<PolicyFile> {
  const id = await chromiumExtensionId(extensionDir);
  // A file of our own among the administrator's: Chromium merges every file in the folder.
  return policyFile(join(CHROMIUM_DIR, 'sonar-authenticator-e2e.json'), (values) => ({
    '3rdparty': { extensions: { [id]: values } },
  }));
}

export function firefoxPolicy(): Promise<PolicyFile> {
  // One file for every policy: ours goes into whatever an administrator had there.
  return policyFile(FIREFOX_FILE, (values, before) => {
    const existing = parseObject(before);
    const policies = parseObject(existing.policies);
    const thirdParty = parseObject(policies['3rdparty']);
    const extensions = parseObject(thirdParty.Extensions);
    return {
      ...existing,
      policies: {
        ...policies,
        '3rdparty': { ...thirdParty, Extensions: { ...extensions, [firefoxAddonId]: values } },
      },
    };
  });
}

async function policyFile(
  path: string,
  contents: (values: PolicyValues, before: unknown) => unknown,
): Promise<PolicyFile> {
  const before = await readFile(path, 'utf8').catch(() => null);
  const made = await missingFolders(dirname(path));
  return {
    async write(values) {
      const previous = before === null ? undefined : (JSON.parse(before) as unknown);
      try {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, JSON.stringify(contents(values, previous), null, 2));
      } catch (error) {
        throw new Error(
          `Cannot write the policy file ${path}: the managed-policy tests write where the ` +
            'browser reads policies, which needs root (CI runs the tests as root)',
          { cause: error },
        );
      }
    },
    async restore() {
      if (before === null) await rm(path, { force: true });
      else await writeFile(path, before);
      for (const folder of made) await rmdir(folder).catch(() => undefined);
    },
  };
}

/** The folders on the way to `folder` that do not exist yet, deepest first. */
async function missingFolders(folder: string): Promise<string[]> {
  const missing: string[] = [];
  for (let current = folder; current !== dirname(current); current = dirname(current)) {
    if (await exists(current)) break;
    missing.push(current);
  }
  return missing;
}

function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function parseObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
