import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBase32 } from '../../src/core/base32';
import { startPortal, type RunningPortal } from '../fixtures/portal/server';
import { browsers } from './support/browsers';
import { enterSignInCode, portalState, signInWithPassword, user } from './support/portal-journey';
import {
  addAccountByHand,
  createVault,
  passphrase,
  sendFromExtensionPage,
  shownCode,
} from './support/popup-journey';
import type { BrowserSession } from './support/session';

// Issue 4 acceptance, in each browser: the popup's codes are accepted by the portal's server,
// the vault locks and unlocks, and storage holds nothing in clear.
describe.each(browsers)('vault and popup in $name', ({ launch }) => {
  let session: BrowserSession;
  let portal: RunningPortal;
  const secret = encodeBase32(randomBytes(20));

  beforeAll(async () => {
    [portal, session] = await Promise.all([startPortal(), launch()]);
    const response = await fetch(`${portal.url}/__test__/enable-mfa`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: user.login, secret }),
    });
    expect(response.ok).toBe(true);
  });
  afterAll(async () => {
    await Promise.all([session.close(), portal.close()]);
  });

  it('creates a vault, adds the portal user by hand, and the shown code signs in', async () => {
    const popup = await session.openPopup();
    await createVault(popup);
    await popup.waitForText('Add account');
    await addAccountByHand(popup, { secret, issuer: 'Sonar', account: user.login });
    const code = await shownCode(popup, `Sonar ${user.login}`);
    expect(code).toMatch(/^\d{6}$/);
    await popup.close();

    const page = await session.newPage();
    await signInWithPassword(page, portal.url);
    await enterSignInCode(page, code ?? '', 'single');
    await expect.poll(async () => (await portalState(portal)).acceptedCodes).toBe(1);
    await page.waitForControl('button', user.name);
    await page.close();
  });

  it('keeps no secret, issuer or account name in clear in storage.local', async () => {
    const popup = await session.openPopup();
    const raw = JSON.stringify(await popup.evaluate(() => chrome.storage.local.get(null)));
    expect(raw).toContain('ciphertext');
    for (const clear of [secret, secret.toLowerCase(), 'Sonar', user.login, 'organization']) {
      expect(raw).not.toContain(clear);
    }
    await popup.close();
  });

  it('locks; a wrong passphrase changes nothing; the right one brings the list back', async () => {
    const popup = await session.openPopup();
    await popup.click('button', 'Lock');
    await popup.waitForControl('button', 'Unlock');
    // Everything but the count of wrong passphrases in a row (core/unlock-throttle.ts).
    const storedBut = () =>
      popup.evaluate(async () => {
        const { passphraseFailures, ...rest } = await chrome.storage.local.get(null);
        return { count: (passphraseFailures as { count?: number } | undefined)?.count ?? 0, rest };
      });
    const before = await storedBut();
    expect(before.count).toBe(0);

    await popup.fill('Passphrase', 'not the passphrase');
    await popup.click('button', 'Unlock');
    await popup.waitForText('not correct');
    expect(await storedBut()).toEqual({ count: 1, rest: before.rest });

    await popup.fill('Passphrase', passphrase);
    await popup.click('button', 'Unlock');
    await popup.waitForControl('listitem', `Sonar ${user.login}`);
    expect((await storedBut()).count).toBe(0);
    await popup.close();
  });

  it('filters 500 accounts as the user types', async () => {
    const popup = await session.openPopup();
    await popup.waitForControl('listitem', `Sonar ${user.login}`);
    for (let index = 0; index < 500; index++) {
      const issuer = index % 5 === 0 ? 'GitHub' : `Service ${index}`;
      const reply = await sendFromExtensionPage(popup, 'vault/add', {
        kind: 'uri',
        uri: `otpauth://totp/${encodeURIComponent(issuer)}:user${index}?secret=${encodeBase32(randomBytes(10))}&issuer=${encodeURIComponent(issuer)}`,
      });
      expect(reply).toMatchObject({ ok: true });
    }
    await popup.goto(session.popupUrl);
    await popup.waitForControl('listitem', 'GitHub user0');
    const rows = () =>
      popup.evaluate(() => document.querySelectorAll('[role="listitem"], li[aria-label]').length);
    // The first screenful renders first, the rest right after (issue 4 speed).
    await expect.poll(rows).toBe(501);
    await popup.fill('Search accounts', 'github');
    await expect.poll(rows).toBe(100);
    // Every word must appear in the issuer or the account name: user49 and user490 to user499.
    await popup.fill('Search accounts', 'USER49');
    await expect.poll(rows).toBe(11);
    await popup.fill('Search accounts', 'user123 ');
    await expect.poll(rows).toBe(1);
    await popup.close();
  });
});
