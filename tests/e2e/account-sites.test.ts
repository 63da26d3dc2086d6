import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { browsers } from './support/browsers';
import { grantHostAccess } from './support/grant-host-access';
import { addAccountByHand, createVault } from './support/popup-journey';
import type { BrowserSession } from './support/session';
import type { TestPage } from './support/test-page';
import { openInWindow } from './support/active-window';

/*
 * The popup's edit view lists the sites where an account's codes are filled: it can remove one,
 * and allow the active tab's site after a confirmation naming the account and the host; both
 * are stored by Save only. Chromium and Firefox.
 *
 * The active tab is a page of a loopback site (http on loopback is a secure origin) in a
 * window of its own, opened last, so it is the active tab of the last focused window, as the
 * worker asks. Its URL is readable through `<all_urls>`, granted as a user can (the real popup
 * has it through `activeTab`, which automation cannot give; see fill-on-demand.test.ts).
 */
describe.each(browsers)('the sites of an account in the popup of $name', ({ launch }) => {
  let session: BrowserSession;
  let popup: TestPage;
  let site: Awaited<ReturnType<typeof startSite>>;
  const label = 'Shop alice@shop.test';

  beforeAll(async () => {
    [session, site] = await Promise.all([launch(), startSite()]);
    await grantHostAccess(session, '<all_urls>');
    popup = await session.openPopup();
    await createVault(popup);
    await addAccountByHand(popup, {
      secret: 'JBSWY3DPEHPK3PXP',
      issuer: 'Shop',
      account: 'alice@shop.test',
    });
    await openInWindow(popup, site.url);
  });
  afterAll(async () => {
    await Promise.all([session.close(), site.close()]);
  });

  /** A fresh popup's edit view of the account, as a user opens it again. */
  async function editAgain() {
    await popup.goto(session.popupUrl);
    await popup.click('button', `Edit ${label}`);
    await popup.waitForControl('textbox', 'Issuer');
  }
  const focusedName = () =>
    popup.evaluate(() => {
      const focused = document.activeElement;
      return focused?.getAttribute('aria-label') ?? focused?.textContent ?? null;
    });

  it('allows the active tab’s site after a confirmation, stored by Save', async () => {
    await editAgain();
    await popup.waitForText('Codes are not filled on any site.');

    // Escape leaves the question only, and the focus goes back to the offer.
    await popup.click('button', `Allow on ${site.host}`);
    await popup.waitForText(`Allow “${label}” on ${site.host}? Its codes will be filled there.`);
    expect(await focusedName()).toBe('Allow on this site');
    await popup.press('Escape');
    await popup.waitForControl('button', `Allow on ${site.host}`);
    expect(await focusedName()).toBe(`Allow on ${site.host}`);
    await popup.waitForControl('textbox', 'Issuer');

    // Native buttons, so keys work as clicks do. Clicked here: under WebDriver BiDi, Firefox
    // does not activate a button from keys in a window that is not the focused one.
    await popup.click('button', `Allow on ${site.host}`);
    await popup.waitForControl('button', 'Allow on this site');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.click('button', 'Allow on this site');
    await popup.waitForControl('button', `Remove ${site.host}`);
    expect(await focusedName()).toBe(`Remove ${site.host}`);
    await popup.click('button', 'Save');
    await popup.waitForControl('listitem', label);

    await editAgain();
    await popup.waitForControl('button', `Remove ${site.host}`);
    expect(await popup.visibleText()).not.toContain(`Allow on ${site.host}`);
  });

  it('removes a site on Save only', async () => {
    await editAgain();
    await popup.click('button', `Remove ${site.host}`);
    await popup.waitForText('Codes are not filled on any site.');
    // Cancel keeps it.
    await popup.click('button', 'Cancel');
    await popup.waitForControl('listitem', label);
    await editAgain();
    await popup.click('button', `Remove ${site.host}`);
    await popup.waitForText('Changes to sites apply when you save.');
    await popup.click('button', 'Save');
    await popup.waitForControl('listitem', label);

    await editAgain();
    await popup.waitForText('Codes are not filled on any site.');
    // The active tab's site can be allowed again.
    await popup.waitForControl('button', `Allow on ${site.host}`);
  });
});

/** A loopback site no site profile covers. */
async function startSite() {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Shop</title><h1>Sign in to the shop</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  const origin = `http://127.0.0.2:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/signin`,
    /** As the popup names it: the scheme shows, as it is not https. */
    host: origin,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
