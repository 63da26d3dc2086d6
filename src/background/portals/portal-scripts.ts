import browser, { type Scripting } from 'webextension-polyfill';

/**
 * The content script on user-added portals, registered at run time. It is the very
 * file the manifest's static content script runs, found through the built manifest: crxjs
 * renames the source, and `runtime.getManifest()` always names what shipped. The same timing
 * and frames as the static script, so a portal the user added behaves like a built-in one.
 */

const ID_PREFIX = 'user-portal:';

type ScriptTemplate = Required<
  Pick<Scripting.RegisteredContentScript, 'js' | 'runAt' | 'allFrames'>
>;

export function portalScriptId(pattern: string): string {
  return `${ID_PREFIX}${pattern}`;
}

/**
 * Makes the registered portal scripts exactly one per pattern in `patterns`: registers the
 * missing, unregisters the rest (and any left by an older build whose file names differ).
 * Idempotent. `persistAcrossSessions` (Chrome, Firefox 105+) keeps them across browser
 * restarts, so pages restored at start-up get them before the background has synced.
 */
export async function syncPortalScripts(patterns: readonly string[]): Promise<void> {
  const template = manifestContentScript();
  const wanted = new Map(patterns.map((pattern) => [portalScriptId(pattern), pattern]));
  const ours = (await browser.scripting.getRegisteredContentScripts()).filter((script) =>
    script.id.startsWith(ID_PREFIX),
  );
  const upToDate = new Set(
    ours
      .filter((script) => isScriptFor(script, wanted.get(script.id), template))
      .map((script) => script.id),
  );
  const stale = ours.filter((script) => !upToDate.has(script.id)).map((script) => script.id);
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = [...wanted].filter(([id]) => !upToDate.has(id));
  if (missing.length === 0) return;
  await browser.scripting.registerContentScripts(
    missing.map(([id, pattern]) => ({
      id,
      matches: [pattern],
      ...template,
      persistAcrossSessions: true,
    })),
  );
}

function manifestContentScript(): ScriptTemplate {
  const [script] = browser.runtime.getManifest().content_scripts ?? [];
  const file = script?.js?.[0];
  if (!script || file === undefined) throw new Error('The manifest declares no content script');
  return {
    js: [packagePath(file)],
    runAt: script.run_at ?? 'document_idle',
    allFrames: script.all_frames ?? false,
  };
}

function isScriptFor(
  script: Scripting.RegisteredContentScript,
  pattern: string | undefined,
  template: ScriptTemplate,
): boolean {
  return (
    pattern !== undefined &&
    sameList(script.matches, [pattern]) &&
    sameList(script.js?.map(packagePath), template.js) &&
    (script.runAt ?? 'document_idle') === template.runAt &&
    (script.allFrames ?? false) === template.allFrames
  );
}

function sameList(actual: readonly string[] | undefined, expected: readonly string[]): boolean {
  return JSON.stringify(actual ?? []) === JSON.stringify(expected);
}

/**
 * A file's path inside the extension. Firefox's `getManifest()` names content scripts by full
 * `moz-extension://` URL, which `registerContentScripts` refuses ("must be a relative URL").
 */
function packagePath(file: string): string {
  const base = browser.runtime.getURL('/');
  return (file.startsWith(base) ? file.slice(base.length) : file).replace(/^\//, '');
}
