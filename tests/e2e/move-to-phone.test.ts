import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBase32 } from '../../src/core/base32';
import { decodeMigrationUri, mergeMigrationBatches } from '../../src/core/migration';
import { parseOtpauthUri } from '../../src/core/otpauth';
import { browsers } from './support/browsers';
import { createVault, passphrase, sendFromExtensionPage } from './support/popup-journey';
import type { BrowserSession } from './support/session';
import type { TestPage } from './support/test-page';

// Issue 12, export: "Move to phone" shows Google Authenticator export QR codes only after the
// passphrase is given again, and a phone reading every code gets back exactly the chosen
// accounts; "Show QR code" in the edit view gives one account's otpauth:// URI. The codes are
// read off the real page's canvases and decoded here, as a phone camera would.

const accounts = Array.from({ length: 13 }, (_, index) => ({
  issuer: `Issuer ${index}`,
  account: `user${index}@example.com`,
  secret: encodeBase32(new Uint8Array(20).map((_, byte) => (index * 37 + byte * 11) & 0xff)),
}));
function at(index: number) {
  const entry = accounts[index];
  if (!entry) throw new Error(`No account ${index}`);
  return entry;
}
const label = (entry: { issuer: string; account: string }) => `${entry.issuer} ${entry.account}`;
const unselected = [at(2), at(7)];

/** Every QR canvas on the page, once drawn, as PNG data URLs, with the caption under each. */
async function shownCodes(page: TestPage) {
  await expect
    .poll(() => page.evaluate(() => document.querySelectorAll('canvas[aria-busy]').length))
    .toBe(0);
  return page.evaluate(() =>
    [...document.querySelectorAll('canvas')].map((canvas) => ({
      png: canvas.toDataURL('image/png'),
      caption: canvas.closest('figure')?.querySelector('figcaption')?.textContent ?? null,
    })),
  );
}

function readQr(dataUrl: string): string {
  const png = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height, {
    inversionAttempts: 'dontInvert',
  });
  if (!found) throw new Error('A shown QR code could not be read');
  return found.data;
}

describe.each(browsers)('move to phone in $name', ({ launch }) => {
  let session: BrowserSession;
  let popup: TestPage;

  beforeAll(async () => {
    session = await launch();
    const first = await session.openPopup();
    await createVault(first);
    for (const entry of accounts) {
      await sendFromExtensionPage(first, 'vault/add', {
        kind: 'fields',
        ...entry,
        type: 'totp',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
        counter: 0,
      });
    }
    await first.close();
    popup = await session.openPopup();
    await popup.waitForControl('listitem', label(at(12)));
  });
  afterAll(async () => {
    await session.close();
  });

  it('shows the chosen accounts as QR codes only after the passphrase, and a phone reads them all back', async () => {
    const opened = session.waitForExtensionPage('move-to-phone');
    await popup.click('button', 'Move to phone');
    const page = await opened;
    await page.waitForControl('checkbox', label(at(0)));
    for (const entry of unselected) await page.click('checkbox', label(entry));

    await page.fill('Passphrase', 'not the passphrase at all');
    await page.click('button', 'Show QR codes');
    await page.waitForText('This passphrase is not correct');
    expect(await shownCodes(page)).toEqual([]);

    await page.fill('Passphrase', passphrase);
    await page.click('button', 'Show QR codes');
    await page.waitForText('QR 2 of 2');
    const codes = await shownCodes(page);
    expect(codes.map((code) => code.caption)).toEqual(['QR 1 of 2', 'QR 2 of 2']);

    const merged = mergeMigrationBatches(codes.map((code) => decodeMigrationUri(readQr(code.png))));
    if (!merged.complete) throw new Error('The shown codes are not a whole export');
    const readBack = merged.accounts.map((result) => {
      if (!result.ok) throw result.error;
      const { issuer, account, params } = result.account;
      return { issuer, account, secret: params.secret };
    });
    expect(readBack).toEqual(accounts.filter((entry) => !unselected.includes(entry)));

    // "Done" takes them off the page; so does a lock anywhere.
    await page.click('button', 'Done');
    await page.waitForText('The QR codes are hidden.');
    expect(await shownCodes(page)).toEqual([]);
    await page.fill('Passphrase', passphrase);
    await page.click('button', 'Show QR codes');
    await page.waitForText('QR 1 of 2');
    await sendFromExtensionPage(popup, 'vault/lock', null);
    await page.waitForText('The vault is locked.');
    expect(await shownCodes(page)).toEqual([]);
    await page.close();
  });

  it("shows one account's otpauth QR code from its edit view, behind the passphrase", async () => {
    await popup.fill('Passphrase', passphrase);
    await popup.click('button', 'Unlock');
    const target = at(4);
    await popup.click('button', `Edit ${label(target)}`);
    await popup.click('button', 'Show QR code');
    await popup.fill('Passphrase', 'wrong passphrase, twelve+');
    await popup.click('button', 'Show QR code');
    await popup.waitForText('This passphrase is not correct');
    expect(await shownCodes(popup)).toEqual([]);

    await popup.fill('Passphrase', passphrase);
    await popup.click('button', 'Show QR code');
    await popup.waitForControl('button', 'Hide QR code');
    const [code] = await shownCodes(popup);
    const { account } = parseOtpauthUri(readQr(code?.png ?? ''));
    expect({
      issuer: account.issuer,
      account: account.account,
      secret: account.params.secret,
    }).toEqual(target);

    await popup.click('button', 'Hide QR code');
    await popup.waitForControl('button', 'Show QR code');
    expect(await shownCodes(popup)).toEqual([]);
  });

  it('Options offers "Move to phone" too', async () => {
    const options = await session.openExtensionPage('src/options/index.html');
    await options.waitForControl('button', 'Move to phone');
    await options.close();
  });
});
