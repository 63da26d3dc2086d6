import { randomBytes } from 'node:crypto';
import { generate } from 'otplib';
import * as QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBase32 } from '../../src/core/base32';
import { splitIntoMigrationBatches } from '../../src/core/migration';
import type { OtpAccount } from '../../src/core/otp-types';
import type { VaultOverview } from '../../src/shared/model/vault';
import { browsers } from './support/browsers';
import { closeWindow, openInWindow } from './support/active-window';
import { grantHostAccess } from './support/grant-host-access';
import { createVault, sendFromExtensionPage } from './support/popup-journey';
import { startQrSite, type QrSite } from './support/qr-site';
import type { BrowserSession } from './support/session';
import type { TestPage } from './support/test-page';

/*
 * Issue 5 acceptance: "Scan QR code on this page" on a non-portal origin, an image file of a
 * Google Authenticator export, and a QR code that is not an account; Chromium and Firefox.
 *
 * How the scan is reached under automation. `activeTab` is granted only by a real toolbar
 * click (or shortcut, or context menu), which automation cannot make, so the demo build the
 * e2e tests load (TEST_HOOKS=1, `npm run build:demo`; not `npm start`) differs from
 * production in two ways, both set in vite.config.ts and checked absent from production builds
 * by build-output.test.ts:
 *  - `<all_urls>` among the optional host permissions, which this test alone grants, as a
 *    user can (support/grant-host-access.ts), so captureVisibleTab and scripting.executeScript
 *    work. Nothing narrower does: with only the QR site's origin granted, Chromium 156 answers
 *    "Either the '<all_urls>' or 'activeTab' permission is required" and Firefox 153 "Missing
 *    activeTab permission" (scripting.executeScript alone would work with the origin);
 *  - `__TEST_HOOKS__`: the popup reads `?e2e-scan-tab=<tab id>` and sends that id with
 *    `import/scan-tab`, whose handler accepts an id only in that build. Automation opens the
 *    popup as a tab, so "the active tab" would otherwise be the popup itself.
 * The page with the QR code is opened in a window of its own, where it is the active tab, as
 * it is when a user opens the popup from the toolbar over it; the popup is the real page.
 */
describe.each(browsers)('popup QR scan and image import in $name', ({ launch }) => {
  let session: BrowserSession;
  let site: QrSite;
  let popup: TestPage;

  beforeAll(async () => {
    [session, site] = await Promise.all([launch(), startQrSite()]);
    await grantHostAccess(session, '<all_urls>');
    popup = await session.openPopup();
    await createVault(popup);
  });
  afterAll(async () => {
    await Promise.all([session.close(), site.close()]);
  });

  it('scans a QR code on a non-portal page, binds the account to that origin, and its code is right', async () => {
    const secret = encodeBase32(randomBytes(20));
    const url = await site.show(
      '/enroll',
      `otpauth://totp/Example:alice%40example.com?secret=${secret}&issuer=Example`,
    );
    const tab = await openInWindow(popup, url);
    await popup.goto(`${session.popupUrl}?e2e-scan-tab=${tab.tabId}`);

    await popup.click('button', 'Scan QR code on this page');
    await popup.waitForText('Save this account?');
    expect(await fieldValues()).toEqual(['Example', 'alice@example.com']);
    await popup.waitForText(`Its codes will be offered on ${site.origin}.`);
    await popup.click('button', 'Save');

    await popup.waitForControl('listitem', 'Example alice@example.com');
    await popup.waitForText('Account saved: Example alice@example.com.');
    // Back in the list, the new account has the focus.
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /Example alice@example\.com/,
    );
    const account = await storedAccount('Example', 'alice@example.com');
    expect(account.origins).toEqual([site.origin]);
    expect(account.current).toBe(await expectedCode(secret, account.validUntil));
    await closeWindow(popup, tab.windowId);
  });

  it('saves a code drawn by another site’s frame unbound, and says why', async () => {
    const secret = encodeBase32(randomBytes(20));
    const framed = await startQrSite();
    try {
      const frameUrl = await framed.show(
        '/widget',
        `otpauth://totp/Framed:bob%40example.com?secret=${secret}&issuer=Framed`,
      );
      const tab = await openInWindow(popup, site.frame('/framing', frameUrl));
      await popup.goto(`${session.popupUrl}?e2e-scan-tab=${tab.tabId}`);

      await popup.click('button', 'Scan QR code on this page');
      await popup.waitForText('Save this account?');
      await popup.waitForText('This QR code was not drawn by the page itself');
      expect(await popup.visibleText()).not.toContain('Its codes will be offered on');
      await popup.click('button', 'Save');
      await popup.waitForControl('listitem', 'Framed bob@example.com');
      expect((await storedAccount('Framed', 'bob@example.com')).origins).toEqual([]);
      await closeWindow(popup, tab.windowId);
    } finally {
      await framed.close();
    }
  });

  it('says a QR code is not an authenticator account and saves nothing', async () => {
    const tab = await openInWindow(
      popup,
      await site.show('/link', 'https://example.com/welcome?ref=qr'),
    );
    const before = await accountCount();
    await popup.goto(`${session.popupUrl}?e2e-scan-tab=${tab.tabId}`);

    await popup.click('button', 'Scan QR code on this page');
    await popup.waitForText('This QR code does not hold an authenticator account');
    expect(await popup.visibleText()).not.toContain('Save this account?');
    expect(await accountCount()).toBe(before);
    await closeWindow(popup, tab.windowId);
  });

  it('imports a Google Authenticator export of three accounts from its two QR images', async () => {
    const accounts = ['one', 'two', 'three'].map((name): OtpAccount => ({
      issuer: 'Export',
      account: `${name}@example.com`,
      params: {
        type: 'totp',
        secret: encodeBase32(randomBytes(20)),
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
      },
    }));
    const [first, second] = await Promise.all(
      splitIntoMigrationBatches(accounts, 2).map((uri) =>
        QRCode.toDataURL(uri, { scale: 4, margin: 4 }),
      ),
    );
    await popup.goto(session.popupUrl);

    await popup.click('button', 'Import QR code image');
    await popup.waitForControl('button', 'Choose image file');
    await popup.evaluate(chooseFile, first ?? '');
    await popup.waitForText('QR codes read: 1 of 2.');
    await popup.waitForControl('checkbox', 'Export one@example.com');
    await popup.click('button', 'Add next QR code');
    await popup.waitForControl('button', 'Choose image file');
    await popup.evaluate(dropFile, second ?? '');
    await popup.waitForText('QR codes read: 2 of 2.');
    expect(await checkedBoxes()).toEqual(accounts.map(({ account }) => `Export ${account}`));
    await popup.click('button', 'Save');
    await popup.waitForText('3 accounts saved.');

    for (const { account, params } of accounts) {
      await popup.waitForControl('listitem', `Export ${account}`);
      const stored = await storedAccount('Export', account);
      // An image carries no page: the accounts are bound to no origin.
      expect(stored.origins).toEqual([]);
      expect(stored.current).toBe(await expectedCode(params.secret, stored.validUntil));
    }
  });

  it('reads both QR images of an export dropped at once', async () => {
    const accounts = ['four', 'five', 'six'].map((name): OtpAccount => ({
      issuer: 'Dropped',
      account: `${name}@example.com`,
      params: {
        type: 'totp',
        secret: encodeBase32(randomBytes(20)),
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
      },
    }));
    const images = await Promise.all(
      splitIntoMigrationBatches(accounts, 2).map((uri) =>
        QRCode.toDataURL(uri, { scale: 4, margin: 4 }),
      ),
    );
    await popup.goto(session.popupUrl);
    await popup.click('button', 'Import QR code image');
    await popup.waitForControl('button', 'Choose image file');
    await popup.evaluate(dropFiles, images);
    await popup.waitForText('QR codes read: 2 of 2.');
    expect(await checkedBoxes()).toEqual(accounts.map(({ account }) => `Dropped ${account}`));
    await popup.click('button', 'Cancel');
  });

  it('opened for the file picker, the page starts on the image import', async () => {
    // Firefox's toolbar popup closes under a file picker, so there "Choose image file" opens
    // the popup page in a tab with ?import-image (src/popup/import/file-picker-tab.ts).
    await popup.goto(`${session.popupUrl}?import-image`);
    await popup.waitForText('Import a QR code image');
    await popup.waitForControl('button', 'Choose image file');
  });

  /** Opens `url` in a new window, where it is the active tab; resolves once it has loaded. */
  function fieldValues() {
    return popup.evaluate(() =>
      ['import-issuer', 'import-account'].map(
        (id) => (document.getElementById(id) as HTMLInputElement | null)?.value,
      ),
    );
  }

  function checkedBoxes() {
    return popup.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('.choices input:checked')].map(
        (box) => box.labels?.[0]?.textContent.trim() ?? '',
      ),
    );
  }

  async function overview() {
    const answer = (await sendFromExtensionPage(popup, 'vault/overview', null)) as {
      readonly value: VaultOverview;
    };
    if (answer.value.state !== 'unlocked') throw new Error('The vault should be unlocked');
    return answer.value;
  }

  async function accountCount() {
    return (await overview()).accounts.length;
  }

  async function storedAccount(issuer: string, account: string) {
    const { accounts, codes } = await overview();
    const view = accounts.find((item) => item.issuer === issuer && item.account === account);
    const code = codes.find((item) => item.id === view?.id);
    if (!view || !code) throw new Error(`${issuer} ${account} is not in the vault`);
    return { origins: view.origins, current: code.current, validUntil: code.validUntil ?? 0 };
  }
});

/**
 * Gives the popup's file input a PNG, as the file picker does when the user chooses one
 * (the same `files` and `change` event Playwright's setInputFiles produces). Runs in the
 * popup, so it is self-contained.
 */
function chooseFile(dataUrl: string) {
  const bytes = Uint8Array.from(atob(dataUrl.split(',')[1] ?? ''), (char) => char.charCodeAt(0));
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], 'export-1.png', { type: 'image/png' }));
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('No file input');
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Drops a PNG onto the popup, as dragging a file from the desktop does. Self-contained. */
function dropFile(dataUrl: string) {
  const bytes = Uint8Array.from(atob(dataUrl.split(',')[1] ?? ''), (char) => char.charCodeAt(0));
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], 'export-2.png', { type: 'image/png' }));
  const target = document.querySelector('h1') ?? document.body;
  for (const type of ['dragenter', 'dragover', 'drop']) {
    target.dispatchEvent(
      new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
    );
  }
}

/** Drops several PNGs onto the popup at once, as dragging a selection of files does. */
function dropFiles(dataUrls: readonly string[]) {
  const transfer = new DataTransfer();
  dataUrls.forEach((dataUrl, index) => {
    const bytes = Uint8Array.from(atob(dataUrl.split(',')[1] ?? ''), (char) => char.charCodeAt(0));
    transfer.items.add(new File([bytes], `export-${index + 1}.png`, { type: 'image/png' }));
  });
  const target = document.querySelector('h1') ?? document.body;
  for (const type of ['dragenter', 'dragover', 'drop']) {
    target.dispatchEvent(
      new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
    );
  }
}

/** The code for the 30 s step that ends at `validUntil` (ms), as the worker computed it. */
function expectedCode(secret: string, validUntil: number): Promise<string> {
  const step = validUntil / 1000 / 30 - 1;
  return generate({ secret, epoch: step * 30, period: 30 });
}
