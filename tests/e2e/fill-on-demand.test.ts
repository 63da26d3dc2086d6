import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generate } from 'otplib';
import * as QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBase32 } from '../../src/core/base32';
import { browsers } from './support/browsers';
import { closeWindow, openInWindow } from './support/active-window';
import { grantHostAccess } from './support/grant-host-access';
import { createVault } from './support/popup-journey';
import type { BrowserSession } from './support/session';
import type { TestPage } from './support/test-page';

/*
 * Issue 6, deliverables 2 and 3: "Fill code on this page" on a site no site profile covers
 * (so no content script runs there), for the accounts bound to that site only, Chromium and
 * Firefox. Sites are loopback origins on 127.0.0.2 (http on loopback is a secure context,
 * core/origin.ts), one port per site.
 *
 * How the fill is reached under automation: as for the popup's scan (popup-scan.test.ts), the
 * test build may ask for `<all_urls>`, which this test grants as a user can, because
 * automation cannot grant `activeTab`; and the popup, opened as a tab, names the target tab
 * with `?e2e-scan-tab=<id>`. The page is the active tab of a window of its own.
 *
 * The keyboard command and the context menu cannot be triggered under automation (neither
 * Playwright nor WebDriver BiDi can press a browser shortcut or click a browser menu); they
 * run the same background path, and their own logic is unit-tested
 * (tests/unit/fill/on-demand/).
 *
 * Accounts are bound to their site by the popup's scan of an enrollment QR code there, the
 * way a user binds them (no message binds an origin to an account).
 */
describe.each(browsers)('fill a one-time code on demand in $name', ({ launch }) => {
  let session: BrowserSession;
  let popup: TestPage;
  let shop: Site;
  let bank: Site;
  let blog: Site;
  const shopSecret = encodeBase32(randomBytes(20));
  const bankSecret = encodeBase32(randomBytes(20));

  beforeAll(async () => {
    [session, shop, bank, blog] = await Promise.all([
      launch(),
      startSite(),
      startSite(),
      startSite(),
    ]);
    await grantHostAccess(session, '<all_urls>');
    popup = await session.openPopup();
    await createVault(popup);
    await enroll(shop, 'Shop', 'alice@shop.test', shopSecret);
    await enroll(bank, 'Bank', 'alice@bank.test', bankSecret);
  });
  afterAll(async () => {
    await Promise.all([session.close(), shop.close(), bank.close(), blog.close()]);
  });

  it('registers the keyboard command and has the context-menu API', async () => {
    const found = await popup.evaluate(async () => ({
      commands: (await chrome.commands.getAll()).map(({ name, shortcut, description }) => ({
        name,
        shortcut,
        description,
      })),
      menus: typeof chrome.contextMenus.create,
    }));
    // The suggested key is one both browsers assign (Chromium 156 keeps Ctrl+Shift+L and
    // Ctrl+Shift+O for itself; Firefox uses Ctrl+Shift+K and Ctrl+Shift+Y).
    expect(found.commands).toContainEqual({
      name: 'fill-code',
      shortcut: 'Alt+Shift+O',
      description: 'Fill the one-time code on this page',
    });
    expect(found.menus).toBe('function');

    // The options page says the shortcut the browser actually set, and where to change it.
    const options = await session.openExtensionPage('src/options/index.html');
    await options.waitForText('Keyboard shortcut for “Fill one-time code”: Alt+Shift+O.');
    await options.close();
  });

  it("fills the code of the site's own account, offers no other, and submits nothing", async () => {
    const tab = await openInWindow(popup, shop.serve('/signin', signInPage('')));
    await popup.goto(`${session.popupUrl}?e2e-scan-tab=${tab.tabId}`);
    const before = Date.now();
    await popup.click('button', 'Fill code on this page');
    await popup.waitForText('Code filled on this page.');
    const after = Date.now();

    const filled = await fieldValue(tab.tabId);
    expect(await codesBetween(shopSecret, before, after)).toContain(filled);
    // The bank's account, bound to another origin, was neither offered nor filled.
    expect(await popup.visibleText()).not.toContain('Fill code for');
    expect(await codesBetween(bankSecret, before, after)).not.toContain(filled);
    expect(shop.requested).not.toContain('/verify');
    await closeWindow(popup, tab.windowId);
  });

  it('fills nothing on a site no account is bound to, and says so', async () => {
    const tab = await openInWindow(popup, blog.serve('/signin', signInPage('')));
    await popup.goto(`${session.popupUrl}?e2e-scan-tab=${tab.tabId}`);
    await popup.click('button', 'Fill code on this page');
    await popup.waitForText(`No account is bound to ${blog.origin}`);
    expect(await fieldValue(tab.tabId)).toBe('');
    await closeWindow(popup, tab.windowId);
  });

  it.each([
    ['transparent', 'opacity: 0'],
    ['1x1 pixel', 'width: 1px; height: 1px; padding: 0; border: 0'],
    ['off-screen', 'position: absolute; left: -5000px'],
  ])('refuses an invisible (%s) code field', async (name, style) => {
    const tab = await openInWindow(
      popup,
      shop.serve(`/hidden-${name.replace(/\W+/g, '-')}`, signInPage(style)),
    );
    await popup.goto(`${session.popupUrl}?e2e-scan-tab=${tab.tabId}`);
    await popup.click('button', 'Fill code on this page');
    await popup.waitForText('No visible code field was found on this page.');
    expect(await fieldValue(tab.tabId)).toBe('');
    await closeWindow(popup, tab.windowId);
  });

  it('asks which account when two are bound to the site, and fills the one chosen', async () => {
    const secondSecret = encodeBase32(randomBytes(20));
    await enroll(shop, 'Shop', 'bob@shop.test', secondSecret);
    const tab = await openInWindow(popup, shop.serve('/signin-two', signInPage('')));
    await popup.goto(`${session.popupUrl}?e2e-scan-tab=${tab.tabId}`);
    await popup.click('button', 'Fill code on this page');
    await popup.waitForControl('button', 'Fill code for Shop alice@shop.test');
    expect(await popup.visibleText()).not.toContain('Fill code for Bank');
    expect(await fieldValue(tab.tabId)).toBe('');

    const before = Date.now();
    await popup.click('button', 'Fill code for Shop bob@shop.test');
    await popup.waitForText('Code filled on this page.');
    const after = Date.now();
    expect(await codesBetween(secondSecret, before, after)).toContain(await fieldValue(tab.tabId));
    await closeWindow(popup, tab.windowId);
  });

  /** Binds an account to `site` as a user does: the popup's scan of its enrollment QR code. */
  async function enroll(site: Site, issuer: string, account: string, secret: string) {
    const uri = `otpauth://totp/${issuer}:${encodeURIComponent(account)}?secret=${secret}&issuer=${issuer}`;
    const path = `/enroll-${account}`;
    const tab = await openInWindow(popup, site.serve(path, await enrollPage(uri)));
    await popup.goto(`${session.popupUrl}?e2e-scan-tab=${tab.tabId}`);
    await popup.click('button', 'Scan QR code on this page');
    await popup.waitForText(`Its codes will be offered on ${site.origin}.`);
    await popup.click('button', 'Save');
    await popup.waitForControl('listitem', `${issuer} ${account}`);
    await closeWindow(popup, tab.windowId);
  }

  /** The code field's value, read in the page by the test (the host access it granted). */
  function fieldValue(tabId: number): Promise<unknown> {
    return popup.evaluate(async (id) => {
      const [read] = await chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => document.querySelector<HTMLInputElement>('#otp')?.value ?? null,
      });
      return read?.result;
    }, tabId);
  }
});

/** The codes of every 30 s period from `from` to 3 s after `to` (the fill's rollover rule). */
async function codesBetween(secret: string, from: number, to: number): Promise<string[]> {
  const first = Math.floor(from / 30_000);
  const last = Math.floor((to + 3000) / 30_000);
  const steps = Array.from({ length: last - first + 1 }, (_, index) => first + index);
  return Promise.all(steps.map((step) => generate({ secret, epoch: step * 30, period: 30 })));
}

interface Site {
  readonly origin: string;
  /** Paths the browser asked for, in order. */
  readonly requested: readonly string[];
  /** Serves `html` at `path`; returns its URL. */
  serve(path: string, html: string): string;
  close(): Promise<void>;
}

/** A site on its own loopback origin, with no site profile: only a user gesture reaches it. */
async function startSite(): Promise<Site> {
  const pages = new Map<string, string>();
  const requested: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requested.push(path);
    const page = pages.get(path);
    response.writeHead(page === undefined ? 404 : 200, {
      'content-type': 'text/html; charset=utf-8',
    });
    response.end(page ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  const origin = `http://127.0.0.2:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requested,
    serve(path, html) {
      pages.set(path, html);
      return `${origin}${path}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A second sign-in step, as sites show it; `fieldStyle` may hide the code field. */
function signInPage(fieldStyle: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Sign in</title>
<style>body{font:16px sans-serif;margin:40px} input{font-size:20px;padding:6px}</style></head>
<body><h1>Two-step verification</h1>
<form action="/verify" method="post">
<label for="otp">Enter the 6-digit code from your authenticator app</label>
<input id="otp" name="otp" autocomplete="one-time-code" inputmode="numeric" maxlength="6"
  style="${fieldStyle}">
<button type="submit">Verify</button>
</form></body></html>`;
}

async function enrollPage(uri: string): Promise<string> {
  const image = await QRCode.toDataURL(uri, { scale: 5, margin: 4 });
  return `<!doctype html><html><head><meta charset="utf-8"><title>Set up two-factor</title>
</head><body style="font:16px sans-serif;margin:40px"><h1>Set up two-factor authentication</h1>
<p>Scan this code with your authenticator app.</p><img alt="QR code" src="${image}"></body></html>`;
}
