import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumFlags } from '../../../scripts/chromium-flags';
import { findChromium } from '../../../scripts/find-browser';
import { outDirFor } from '../../../scripts/build-targets';
import { answerPermissionsBeforehand } from './chromium-answers';
import { hostExpression, inPageUiVia } from './closed-shadow';
import { findControl, type ControlRole } from './find-control';
import type { BrowserSession } from './session';
import { uiTimeoutMs, type TestPage } from './test-page';

export interface ChromiumSession extends BrowserSession {
  readonly context: BrowserContext;
  /** The current service worker; after a restart, call `serviceWorker()` again. */
  serviceWorker(): Promise<Worker>;
  /** Stops every service worker over CDP, as the browser does after 30 s idle. */
  stopServiceWorkers(): Promise<void>;
  /**
   * DevTools' virtual authenticator with PRF (a platform passkey that verifies the user) on
   * this page's tab; it stays across the tab's navigations, and is this tab's only.
   */
  addVirtualAuthenticator(page: TestPage): Promise<VirtualAuthenticator>;
}

export interface VirtualAuthenticator {
  /** The ids (base64) of the credentials it holds. */
  credentialIds(): Promise<string[]>;
}

/**
 * `extensionDir`: another build to load (benches compare against a stripped-down copy).
 * `allowedBeforehand`: optional API permissions whose prompt is answered "Allow" in advance
 * (support/chromium-answers.ts); granted only when the extension asks.
 */
export async function launchChromium(
  extensionDir = resolve(outDirFor('chrome', true)),
  { allowedBeforehand = [] }: { readonly allowedBeforehand?: readonly string[] } = {},
): Promise<ChromiumSession> {
  const profileDir = await mkdtemp(join(tmpdir(), 'authenticator-chromium-'));
  await answerPermissionsBeforehand(profileDir, extensionDir, allowedBeforehand);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    args: chromiumFlags(extensionDir),
  });
  const serviceWorker = async () =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await serviceWorker()).url()).host;
  const baseUrl = `chrome-extension://${extensionId}/`;
  const openExtensionPage = async (path: string) => {
    const page = wrap(await context.newPage());
    await page.goto(`${baseUrl}${path}`);
    return page;
  };

  return {
    name: 'chromium',
    context,
    extensionId,
    extensionBaseUrl: baseUrl,
    popupUrl: `${baseUrl}src/popup/index.html`,
    serviceWorker,
    async waitForExtensionPage(urlPart) {
      const page = await context.waitForEvent('page', {
        predicate: (candidate) =>
          candidate.url().startsWith(baseUrl) && candidate.url().includes(urlPart),
        timeout: uiTimeoutMs,
      });
      return wrap(page);
    },
    async stopServiceWorkers() {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const stopped = new Promise<void>((resolve) => {
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          const ours = versions.filter((version) => version.scriptURL.startsWith(baseUrl));
          if (ours.length > 0 && ours.every((version) => version.runningStatus === 'stopped')) {
            resolve();
          }
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
      await page.close();
    },
    async newPage() {
      return wrap(await context.newPage());
    },
    async addVirtualAuthenticator(page) {
      // One CDP session for the authenticator's whole life: it belongs to the session.
      const cdp = await context.newCDPSession(pageOf(page));
      await cdp.send('WebAuthn.enable', { enableUI: false });
      const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: {
          protocol: 'ctap2',
          ctap2Version: 'ctap2_1',
          transport: 'internal',
          hasResidentKey: true,
          hasUserVerification: true,
          isUserVerified: true,
          hasPrf: true,
          automaticPresenceSimulation: true,
        },
      });
      return {
        async credentialIds() {
          const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
          return credentials.map(({ credentialId }) => credentialId);
        },
      };
    },
    openExtensionPage,
    openPopup: () => openExtensionPage('src/popup/index.html'),
    async contentScriptRanIn(page) {
      const raw = pageOf(page);
      const cdp = await context.newCDPSession(raw);
      const worlds: string[] = [];
      cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
        // Chromium names a content script's isolated world after the extension's origin.
        if (created.origin === baseUrl.slice(0, -1)) worlds.push(created.name);
      });
      await cdp.send('Runtime.enable'); // replays every existing context
      await cdp.detach();
      return worlds.length > 0;
    },
    async close() {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

const rawPages = new WeakMap<TestPage, Page>();

function pageOf(page: TestPage): Page {
  const raw = rawPages.get(page);
  if (!raw) throw new Error('Not a Chromium test page');
  return raw;
}

function wrap(page: Page): TestPage {
  page.setDefaultTimeout(uiTimeoutMs);
  const control = async (role: ControlRole, name: string) => {
    const handle = await page.waitForFunction(findControl, [role, name] as const, {
      timeout: uiTimeoutMs,
    });
    const element = handle.asElement();
    if (!element) throw new Error(`No ${role} named "${name}"`);
    return element;
  };
  const testPage: TestPage = {
    async goto(url) {
      await page.goto(url);
    },
    url: () => Promise.resolve(page.url()),
    async click(role, name) {
      await (await control(role, name)).click();
    },
    async fill(name, value) {
      await (await control('textbox', name)).fill(value);
    },
    async press(chord) {
      await page.keyboard.press(chord);
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    async waitForControl(role, name) {
      await control(role, name);
    },
    async waitForText(text) {
      await page.waitForFunction((t) => document.body.innerText.includes(t), text, {
        timeout: uiTimeoutMs,
      });
    },
    visibleText: () => page.evaluate(() => document.body.innerText),
    // Playwright's types unbox handles in `arg`; ours are plain JSON values.
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    async injectScript(source) {
      // DevTools evaluation is not subject to the page's CSP (extension pages forbid eval).
      const cdp = await page.context().newCDPSession(page);
      const result = await cdp.send('Runtime.evaluate', { expression: source });
      await cdp.detach();
      if (result.exceptionDetails)
        throw new Error(`Script failed: ${result.exceptionDetails.text}`);
    },
    inPageUi: (anchorSelector) =>
      inPageUiVia(
        anchorSelector,
        async (selector, functionDeclaration) => {
          const cdp = await page.context().newCDPSession(page);
          try {
            const { result } = await cdp.send('Runtime.evaluate', {
              expression: hostExpression(selector),
            });
            if (!result.objectId) return null;
            const { node } = await cdp.send('DOM.describeNode', {
              objectId: result.objectId,
              depth: 1,
              pierce: true,
            });
            const shadow = node.shadowRoots?.[0];
            if (!shadow) return null;
            const { object } = await cdp.send('DOM.resolveNode', {
              backendNodeId: shadow.backendNodeId,
            });
            if (!object.objectId) return null;
            const answer = await cdp.send('Runtime.callFunctionOn', {
              objectId: object.objectId,
              functionDeclaration: `function () { return (${functionDeclaration})(this); }`,
              returnByValue: true,
            });
            return typeof answer.result.value === 'string' ? answer.result.value : null;
          } finally {
            await cdp.detach();
          }
        },
        (x, y) => page.mouse.click(x, y),
      ),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    async close() {
      await page.close();
    },
  };
  rawPages.set(testPage, page);
  return testPage;
}
