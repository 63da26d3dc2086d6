import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, {
  TargetType,
  type Browser,
  type ElementHandle,
  type KeyInput,
  type Page,
} from 'puppeteer-core';
import { findFirefox } from '../../../scripts/find-browser';
import { outDirFor } from '../../../scripts/build-targets';
import { firefoxAddonId } from '../../../scripts/firefox-manifest';
import { bidiPage, shadowRootOf } from './bidi';
import { hostExpression, inPageUiVia } from './closed-shadow';
import { findControl, type ControlRole } from './find-control';
import type { BrowserSession } from './session';
import { uiTimeoutMs, type TestPage } from './test-page';

/**
 * Firefox ESR through Puppeteer over WebDriver BiDi, with the demo build installed as a
 * temporary add-on. Since Firefox 153, BiDi navigates to moz-extension:// pages only when the
 * browser runs with system access (`--remote-allow-system-access`; Ghostery's and ZAP's
 * suites do the same), and `page.goto` never resolves there because Firefox sends no load
 * events for extension pages (Mozilla bug 1755014, puppeteer#14314): we call BiDi's
 * `browsingContext.navigate` directly for those.
 */

export interface FirefoxSession extends BrowserSession {
  readonly browser: Browser;
  /** Runs `fn` in an extension page (full extension API access), e.g. to read storage. */
  evaluateInExtension<Result>(fn: () => Result | Promise<Result>): Promise<Result>;
}

/** `extensionDir`: another build to load (the unzipped store package, say). */
export async function launchFirefox(
  extensionDir = resolve(outDirFor('firefox', true)),
): Promise<FirefoxSession> {
  // Pinning the internal UUID (works for temporary add-ons with a fixed gecko id) gives us
  // the moz-extension:// base URL without reaching into the browser's chrome scope.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [firefoxAddonId]: uuid }),
    },
  });
  const installedId = await browser.installExtension(extensionDir);
  if (installedId !== firefoxAddonId) throw new Error(`Unexpected add-on id ${installedId}`);
  const baseUrl = `moz-extension://${uuid}/`;

  const openExtensionPage = async (url: string) => {
    const page = await browser.newPage();
    await navigateExtensionPage(page, url);
    return page;
  };

  const evaluateInExtension = async <Result>(fn: () => Result | Promise<Result>) => {
    const page = await openExtensionPage(`${baseUrl}src/popup/index.html`);
    try {
      return await page.evaluate(fn);
    } finally {
      await page.close();
    }
  };

  return {
    name: 'firefox',
    browser,
    extensionId: uuid,
    extensionBaseUrl: baseUrl,
    popupUrl: `${baseUrl}src/popup/index.html`,
    async newPage() {
      return wrap(await browser.newPage());
    },
    async openExtensionPage(path) {
      return wrap(await openExtensionPage(`${baseUrl}${path}`));
    },
    async openPopup() {
      return wrap(await openExtensionPage(`${baseUrl}src/popup/index.html`));
    },
    evaluateInExtension,
    async waitForExtensionPage(urlPart) {
      // Firefox reports no URL for extension pages it opens (the bug navigateExtensionPage
      // works around): wait for a new page, then ask the document where it is.
      const before = new Set(browser.targets());
      const target = await browser.waitForTarget(
        (candidate) => candidate.type() === TargetType.PAGE && !before.has(candidate),
        { timeout: uiTimeoutMs },
      );
      const page = await target.page();
      if (!page) throw new Error('The new target has no page');
      await page.waitForFunction(
        (base: string, part: string) =>
          location.href.startsWith(base) && location.href.includes(part),
        { timeout: uiTimeoutMs, polling: 50 },
        baseUrl,
        urlPart,
      );
      return wrap(page);
    },
    async contentScriptRanIn(page) {
      // BiDi exposes no content-script realms, so we look for what the content script does
      // on load: it reports the frame to the background, which records the top frame's
      // portal status in storage.session (background/tab-portals.ts).
      const origin = new URL(await page.url()).origin;
      const stored = await evaluateInExtension(() => chrome.storage.session.get(null));
      return Object.values(stored).some(
        (entry) =>
          typeof entry === 'object' &&
          entry !== null &&
          (entry as { origin?: unknown }).origin === origin,
      );
    },
    async close() {
      await browser.close();
    },
  };
}

interface NavigableContext {
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void>;
}

async function navigateExtensionPage(page: Page, url: string) {
  // Puppeteer's BidiFrame keeps its BiDi browsing context in an internal property.
  const context = (page.mainFrame() as unknown as { browsingContext?: NavigableContext })
    .browsingContext;
  if (!context?.navigate) {
    throw new Error('puppeteer-core internals changed: BidiFrame.browsingContext is missing');
  }
  await context.navigate(url, 'complete');
  await page.waitForFunction(
    (expected: string) => location.href === expected && document.readyState === 'complete',
    { timeout: uiTimeoutMs, polling: 50 },
    url,
  );
}

function wrap(page: Page): TestPage {
  page.setDefaultTimeout(uiTimeoutMs);
  const control = async (role: ControlRole, name: string): Promise<ElementHandle> => {
    const handle = await page.waitForFunction(findControl, { timeout: uiTimeoutMs, polling: 50 }, [
      role,
      name,
    ] as const);
    const element = handle.asElement();
    if (!element) throw new Error(`No ${role} named "${name}"`);
    return element as ElementHandle;
  };
  return {
    async goto(url) {
      if (url.startsWith('moz-extension://')) await navigateExtensionPage(page, url);
      else await page.goto(url);
    },
    // page.url() lags behind on extension pages; the document knows where it is.
    url: () => page.evaluate(() => location.href),
    async click(role, name) {
      await (await control(role, name)).click();
    },
    async fill(name, value) {
      const field = await control('textbox', name);
      await field.evaluate((element) => {
        (element as HTMLInputElement).select();
      });
      await field.type(value);
    },
    async press(chord) {
      const keys = chord.split('+') as KeyInput[];
      const key = keys.pop();
      for (const modifier of keys) await page.keyboard.down(modifier);
      if (key) await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    async waitForControl(role, name) {
      await control(role, name);
    },
    async waitForText(text) {
      await page.waitForFunction(
        (t: string) => document.body.innerText.includes(t),
        {
          timeout: uiTimeoutMs,
          polling: 50,
        },
        text,
      );
    },
    visibleText: () => page.evaluate(() => document.body.innerText),
    // Puppeteer's types unwrap handles in `arg`; ours are plain JSON values.
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    async injectScript(source) {
      // WebDriver BiDi evaluates as the automation, not as page script: CSP does not apply.
      await page.evaluate(source);
    },
    inPageUi: (anchorSelector) =>
      inPageUiVia(
        anchorSelector,
        (selector, functionDeclaration) => callInClosedShadow(page, selector, functionDeclaration),
        (x, y) => page.mouse.click(x, y),
      ),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    async close() {
      await page.close();
    },
  };
}

/** script.evaluate / script.callFunction answers: the remote value is in `result.result`. */
/**
 * WebDriver BiDi serialises a node's shadow root even when it is closed (includeShadowTree
 * 'all'), and a shared id can be passed back as an argument: the probe gets the root itself.
 */
async function callInClosedShadow(page: Page, selector: string, functionDeclaration: string) {
  const bidi = bidiPage(page);
  const shadowRoot = shadowRootOf(await bidi.evaluateWithShadowRoots(hostExpression(selector)));
  if (!shadowRoot?.sharedId) return null;
  return bidi.callWithNode(functionDeclaration, shadowRoot.sharedId);
}
