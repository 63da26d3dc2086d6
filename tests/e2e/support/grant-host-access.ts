import type { BrowserContext } from 'playwright-core';
import { evaluateOverCdp } from './cdp-evaluate';
import type { ChromiumSession } from './chromium';
import type { FirefoxSession } from './firefox';
import type { BrowserSession } from './session';

/*
 * TEST HARNESS ONLY, nothing of it is in the extension. Test builds get no host at install,
 * like production, and may ask for `<all_urls>` (vite.config.ts, issue 5), so a test that needs
 * host access grants it here, the way a user can; every other test runs with production's
 * permissions. A browser's permission prompt cannot be clicked under automation, so:
 * - Chromium has no switch for it: the user's answer is given beforehand in chrome://extensions
 *   (Site access -> On specific sites), through that page's own
 *   `developerPrivate.addHostPermission`; `permissions.request` then resolves true at once.
 * - Firefox: the pref `extensions.webextOptionalPermissionPrompts` = false grants optional
 *   permissions without a prompt (toolkit/components/extensions/parent/ext-permissions.js),
 *   any of them, in this browser only. It is read live, so it is set in the running browser
 *   through WebDriver BiDi's chrome scope (the harness starts Firefox with
 *   `--remote-allow-system-access`). `permissions.request` still needs a real click.
 * Optional API permissions (clipboardRead, support/clipboard-access.ts): Firefox by the same
 * pref; Chromium's chrome://extensions grants none, so the answer is given when the browser
 * starts (support/chromium-answers.ts).
 */

/**
 * Answers the next `permissions.request` for `pattern` "Allow" without a prompt, and grants
 * nothing yet: the extension's own request path still runs (Options -> Portals).
 */
export async function allowHostWithoutPrompt(session: BrowserSession, pattern: string) {
  if (session.name === 'chromium') {
    const { context, extensionId } = session as ChromiumSession;
    await allowChromiumHost(context, extensionId, pattern);
  } else {
    await allowFirefoxOptionalPermissions(session as FirefoxSession);
  }
}

/**
 * Grants `pattern` for tests whose journey has no control that asks for it (the popup's scan
 * relies on `activeTab` in production): the answer is given as above, then the extension
 * itself asks from its options page, in a user gesture, as it would with a prompt.
 */
export async function grantHostAccess(session: BrowserSession, pattern: string) {
  if (session.name === 'chromium') {
    const { context, extensionId } = session as ChromiumSession;
    await grantChromiumHostAccess(context, extensionId, pattern);
    return;
  }
  await allowFirefoxOptionalPermissions(session as FirefoxSession);
  const options = await session.openExtensionPage('src/options/index.html');
  try {
    await options.evaluate(addRequestButton, [pattern, requestButtonName] as const);
    await options.click('button', requestButtonName);
    expectGranted(pattern, await options.evaluate(requestAnswer));
  } finally {
    await options.close();
  }
}

/**
 * The same for a bare Playwright context (bench/scan-tab.bench.ts). Only string expressions
 * over CDP: the bench runs under tsx, whose helpers break functions passed to page.evaluate.
 */
export async function grantChromiumHostAccess(
  context: BrowserContext,
  extensionId: string,
  pattern: string,
) {
  await allowChromiumHost(context, extensionId, pattern);
  const options = await context.newPage();
  try {
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    const request = `chrome.permissions.request({ origins: [${JSON.stringify(pattern)}] })`;
    expectGranted(pattern, await evaluateOverCdp(options, request, { userGesture: true }));
  } finally {
    await options.close();
  }
}

async function allowChromiumHost(context: BrowserContext, extensionId: string, pattern: string) {
  const extensions = await context.newPage();
  try {
    await extensions.goto('chrome://extensions/');
    const args = `${JSON.stringify(extensionId)}, ${JSON.stringify(pattern)}`;
    await evaluateOverCdp(extensions, `chrome.developerPrivate.addHostPermission(${args})`, {
      userGesture: true,
    });
  } finally {
    await extensions.close();
  }
}

/** Firefox: every optional permission the extension asks for is granted without a prompt. */
export async function allowFirefoxOptionalPermissions(session: FirefoxSession) {
  const page = await session.browser.newPage();
  try {
    const bidi = bidiSessionOf(page.mainFrame());
    const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
      result: { contexts: { context: string }[] };
    };
    const chromeWindow = tree.result.contexts[0]?.context;
    if (chromeWindow === undefined) throw new Error('No Firefox chrome window over BiDi');
    const evaluated = (await bidi.send('script.evaluate', {
      expression: "Services.prefs.setBoolPref('extensions.webextOptionalPermissionPrompts', false)",
      target: { context: chromeWindow },
      awaitPromise: false,
    })) as { result: { type: string } };
    if (evaluated.result.type !== 'success') throw new Error('Could not set the Firefox pref');
  } finally {
    await page.close();
  }
}

interface BidiSession {
  send(method: string, params: object): Promise<unknown>;
}

function bidiSessionOf(frame: unknown): BidiSession {
  // Puppeteer's BidiFrame keeps its BiDi browsing context, and through it the session, in
  // internal properties (tests/e2e/support/firefox.ts relies on the first one too).
  const session = (
    frame as { browsingContext?: { userContext?: { browser?: { session?: BidiSession } } } }
  ).browsingContext?.userContext?.browser?.session;
  if (!session) throw new Error('puppeteer-core internals changed: no BiDi session on the frame');
  return session;
}

const requestButtonName = 'Request host access (test harness)';

/** Runs in the extension page (self-contained): a button whose click asks for `pattern`. */
function addRequestButton([pattern, name]: readonly [string, string]) {
  const button = document.createElement('button');
  button.textContent = name;
  button.style.cssText = 'position: fixed; inset: 0 auto auto 0; z-index: 2147483647';
  button.addEventListener('click', () => {
    const answer = chrome.permissions.request({ origins: [pattern] });
    (window as unknown as { hostAccessAnswer?: Promise<boolean> }).hostAccessAnswer = answer;
  });
  document.body.append(button);
}

/** Runs in the extension page: the request's answer, once the click has made it. */
function requestAnswer(): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => {
      const answer = (window as unknown as { hostAccessAnswer?: Promise<boolean> })
        .hostAccessAnswer;
      if (answer) resolve(answer);
      else setTimeout(check, 20);
    };
    check();
  });
}

function expectGranted(pattern: string, answer: unknown) {
  if (answer !== true) throw new Error(`The browser did not grant ${pattern}: ${String(answer)}`);
}
