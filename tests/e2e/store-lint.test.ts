import linter from 'addons-linter';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { outDirFor } from '../../scripts/build-targets';
import { judgeWarnings, type Allowance } from '../../scripts/store/linter-allowance';
import {
  chromeManifestProblems,
  type Locales,
  type Messages,
  type Size,
} from '../../scripts/store/manifest-rules';
import { readdirSync, readFileSync } from 'node:fs';

// What the stores' checks would say of the production builds (made by the e2e global setup):
// Mozilla's own linter on Firefox's, our rules (scripts/store/manifest-rules.ts) on Chrome's.

describe('store checks on the production builds', () => {
  it("Firefox: Mozilla's add-on linter finds no error and only the warnings we accept", async () => {
    const result = await linter
      .createInstance({
        config: {
          _: [outDirFor('firefox', false)],
          logLevel: 'fatal',
          stack: false,
          pretty: false,
          warningsAsErrors: false,
          metadata: false,
          output: 'none',
          boring: false,
          selfHosted: false,
        },
        runAsBinary: false,
      })
      .run();
    const allowed = JSON.parse(
      await readFile('store/addons-linter-allowed.json', 'utf8'),
    ) as Allowance[];
    const { unexpected, stale } = judgeWarnings(result.warnings, allowed);
    console.log(`addons-linter: ${JSON.stringify(result.summary)}`);
    expect(result.errors.map(({ code, file, message }) => ({ code, file, message }))).toEqual([]);
    expect(unexpected.map(({ code, file, message }) => ({ code, file, message }))).toEqual([]);
    expect(stale).toEqual([]);
  });

  it("Chrome: the manifest meets the stores' rules in every locale", async () => {
    const dir = outDirFor('chrome', false);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const locales: Locales = {};
    for (const locale of readdirSync(join(dir, '_locales'))) {
      const path = join(dir, '_locales', locale, 'messages.json');
      locales[locale] = JSON.parse(readFileSync(path, 'utf8')) as Messages;
    }
    const sizeOf = (path: string): Size | undefined => {
      try {
        return PNG.sync.read(readFileSync(join(dir, path)));
      } catch {
        return undefined;
      }
    };
    const scripts = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .join('\n');
    expect(chromeManifestProblems({ manifest, locales, sizeOf, scripts })).toEqual([]);
  });
});
