import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import { buildTarget, type BuildTarget } from './scripts/build-targets';
import { firefoxAddonId } from './scripts/firefox-manifest';
import { standaloneScripts } from './scripts/standalone-scripts';
import { FILL_SCRIPT_FILE, FILL_SCRIPT_SOURCE } from './src/background/fill/on-demand/fill-script';
import { demoPortal } from './src/sites/demo-portal';
import { sonar } from './src/sites/sonar';

/** The popup's scripts, as src/popup/index.html names them. */
const POPUP_SCRIPTS = {
  'src/popup/early.ts': 'src/popup/early.js',
  'src/popup/popup.tsx': 'src/popup/popup.js',
};

/**
 * One config, four variants chosen by environment (see scripts/build-targets.ts):
 * BROWSER=chrome|firefox, DEMO=1 adds the demo portal's loopback patterns (npm start, e2e),
 * TEST_HOOKS=1 (e2e, benchmarks) adds what automation needs (scripts/build-targets.ts).
 */
export default defineConfig(() => {
  const target = buildTarget(process.env);
  return {
    // The content script and popup are the same files in every variant; the flag only adds
    // or removes data (the demo site profile).
    // __TEST_HOOKS__ (test builds only, issue 5): the popup's "Scan QR code on this page" may
    // be pointed at a tab by id (`?e2e-scan-tab=ID`), because automation opens the popup as a
    // tab of its own. Other builds compile that code out (build-output.test.ts checks).
    // __BROWSER__: code for one browser only (Chrome's offscreen clipboard document) is
    // compiled out of the other's bundle (build-output.test.ts checks).
    define: {
      __DEMO_PORTAL__: JSON.stringify(target.demo),
      __TEST_HOOKS__: JSON.stringify(target.testHooks),
      // The extension API's global is taken by name per build (shared/webext.ts).
      __BROWSER__: JSON.stringify(target.browser),
    },
    build: {
      outDir: target.outDir,
      emptyOutDir: true,
      target: 'es2022',
      // Minified: the content script is injected into every portal page, and issue 6 budgets
      // it at 20 KB gzip (bench/content-script.bench.ts measures it); store reviewers build
      // from this repository. No source maps: they would ship our code twice.
      minify: true,
      sourcemap: false,
      // Pages the manifest does not name are built only when listed: "Move to phone"
      // (opened in a tab from the popup and Options), and Chrome's offscreen document that
      // clears the clipboard (background/clipboard-chrome.ts); Firefox needs none.
      rolldownOptions: {
        input: {
          'move-to-phone': 'src/export/move-to-phone.html',
          ...(target.browser === 'chrome' && { offscreen: 'src/offscreen/offscreen.html' }),
        },
      },
    },
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(target),
        browser: target.browser,
        // Standalone IIFE content scripts: no loader chunk listed in web_accessible_resources
        // for <all_urls>, which would let any page probe for the extension (DESIGN 3).
        contentScripts: { standaloneFiles: ['src/content/content-script.ts'] },
      }),
      // The filler injected on a user gesture, at a fixed path, not web-accessible.
      standaloneScripts({ [FILL_SCRIPT_SOURCE]: FILL_SCRIPT_FILE }),
      // The popup: classic scripts, named by src/popup/index.html.
      standaloneScripts(POPUP_SCRIPTS, () => [preact()]),
    ],
  };
});

function manifestFor(target: BuildTarget): ManifestV3Export {
  if (JSON.stringify(baseManifest.content_scripts[0]?.matches) !== JSON.stringify(sonar.matches)) {
    throw new Error('manifest.json content_scripts matches must equal the Sonar site profile');
  }
  const matches = target.demo ? [...sonar.matches, ...demoPortal.matches] : [...sonar.matches];
  const content_scripts = baseManifest.content_scripts.map((script) => ({ ...script, matches }));
  // One home for the version: package.json (the store packages are named after it).
  const version = packageJson.version;
  // Test builds only (issue 5): automation cannot click the toolbar button, so `activeTab` is
  // never granted there. Those builds may *ask* for `<all_urls>` but get nothing at install:
  // every test runs with production's permissions, and only the tests and benches that scan
  // a tab grant host access first, as a user can (tests/e2e/support/grant-host-access.ts).
  const testHosts = target.testHooks
    ? {
        optional_host_permissions: [...baseManifest.optional_host_permissions, '<all_urls>'],
      }
    : {};
  if (target.browser === 'chrome') {
    return { ...baseManifest, version, ...testHosts, content_scripts };
  }

  // Firefox has no offscreen API (and warns about unknown permissions): its event page has a
  // DOM and clears the clipboard itself (background/clipboard-firefox.ts).
  const permissions = baseManifest.permissions.filter((permission) => permission !== 'offscreen');

  // Firefox MV3 has no service workers in extensions: an event page (background.scripts).
  const {
    externally_connectable: _unsupportedInFirefox,
    minimum_chrome_version: _chromeOnly,
    // Firefox reads managed values from its enterprise policies and has no schema for them.
    storage: _chromiumSchema,
    ...rest
  } = baseManifest;
  // A variable, not a literal: crxjs's manifest type does not know gecko_android yet.
  const browser_specific_settings = {
    gecko: {
      id: firefoxAddonId,
      strict_min_version: '140.0',
      // Firefox's built-in consent: this extension collects and transmits nothing.
      data_collection_permissions: { required: ['none' as const] },
    },
    // Desktop reads data_collection_permissions from 140 (the ESR our tests run), Android
    // only from 142: Android starts there rather than losing the key or desktop ESR 140.
    gecko_android: { strict_min_version: '142.0' },
  };
  return {
    ...rest,
    version,
    ...testHosts,
    content_scripts,
    permissions,
    background: { scripts: [baseManifest.background.service_worker], type: 'module' },
    browser_specific_settings,
  };
}
