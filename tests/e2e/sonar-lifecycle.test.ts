import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningPortal } from '../fixtures/portal/server';
import { installSpy } from '../fixtures/hostile/spy';
import { startPortal } from '../fixtures/portal/server';
import { browsers } from './support/browsers';
import { expectNoLeakDuring, topFrameRecords } from './support/hostile-leaks';
import { closedShadowTexts } from './support/hostile-shadow';
import { sendFromExtensionPage } from './support/popup-journey';
import { closePortalWorld, portalState } from './support/portal-journey';
import {
  alex,
  startEnrolledWorld,
  codeInField,
  controlAnchor,
  expectAccepted,
  forgetAcceptedCodes,
  signIn,
  signOut,
} from './support/sign-in-journey';
import type { BrowserSession } from './support/session';
import { uiTimeoutMs, type TestPage } from './support/test-page';

// Sonar's account lifecycle (issue 13): 2FA set up again (saved in the portal, or not), the
// sign-in step on a second host of the portal, a refused code. The portal's server decides
// whether every filled code was right.
const insights = 'I understand that Sonar Insights will not be available with 2FA on';

interface Overview {
  readonly accounts: readonly {
    readonly id: string;
    readonly account: string;
    readonly origins: readonly string[];
    readonly standby: { readonly kind: string } | null;
  }[];
}

describe.each(browsers)('the Sonar account lifecycle in $name', ({ launch }) => {
  let session: BrowserSession;
  let portal: RunningPortal;
  let extensionPage: TestPage;

  beforeAll(async () => {
    ({ portal, session, extensionPage } = await startEnrolledWorld(launch, alex));
  });
  afterAll(async () => {
    await closePortalWorld({ portal, session });
  });

  const accountsOf = async (login: string) =>
    (
      (await sendFromExtensionPage(extensionPage, 'vault/overview', null)) as { value: Overview }
    ).value.accounts.filter((account) => account.account === login);

  /** Signs in with the code the extension fills by itself; the portal must accept it. */
  async function signInFilled(url = portal.url) {
    await forgetAcceptedCodes(portal, alex.login);
    const before = await portalState(portal, alex.login);
    const page = await session.newPage();
    await signIn(page, url, alex, 'single');
    await expect
      .poll(() => codeInField(page, 'single'), { timeout: uiTimeoutMs })
      .toMatch(/^\d{6}$/);
    return { page, before };
  }

  /** Signed in: Profile -> Set Up Google Authenticator -> "Save to Authenticator". */
  async function setUpAgain() {
    const { page, before } = await signInFilled();
    await expectAccepted(page, portal, alex.login, before);
    await page.click('button', alex.name);
    await page.click('menuitem', 'Profile');
    await page.click('button', 'Set Up Google Authenticator');
    const prompt = page.inPageUi('[role="dialog"] .qr');
    await prompt.waitForText(`This replaces “Sonar: ${alex.login}”`);
    await prompt.click('checkbox', insights);
    await prompt.click('button', 'Save to Authenticator');
    await prompt.waitForText('Code filled');
    return page;
  }

  it('set up again and saved in the portal: the new code is filled, the old key goes', async () => {
    const page = await setUpAgain();
    const oldSecret = (await portalState(portal, alex.login)).secret;
    await page.fill('Current Sonar password', alex.password);
    await page.click('button', 'Save');
    await page.waitForText('Two-factor authentication is now on');
    // Sonar's own advice once its Save worked, in the extension's notice.
    await expect
      .poll(async () => (await closedShadowTexts(session, page)).join(' '), {
        timeout: uiTimeoutMs,
      })
      .toContain('sign out and then sign in again');
    expect((await portalState(portal, alex.login)).secret).not.toBe(oldSecret);
    await expect
      .poll(async () =>
        (await accountsOf(alex.login)).map((account) => account.standby?.kind ?? 'current'),
      )
      .toEqual(['current', 'replaced']);
    await signOut(page, portal.url, alex);
    await page.close();

    const { page: signingIn, before } = await signInFilled();
    await expectAccepted(signingIn, portal, alex.login, before);
    // Accepted with the new key: the replaced one is removed.
    await expect
      .poll(async () => (await accountsOf(alex.login)).length, { timeout: uiTimeoutMs })
      .toBe(1);
    expect((await accountsOf(alex.login))[0]?.standby).toBeNull();
    await signOut(signingIn, portal.url, alex);
    await signingIn.close();
  });

  it('set up again but not saved in the portal: sign-in still fills the old, live code', async () => {
    const page = await setUpAgain();
    await page.click('button', 'Cancel');
    await signOut(page, portal.url, alex);
    await page.close();
    expect(
      (await accountsOf(alex.login)).map((account) => account.standby?.kind ?? 'current'),
    ).toEqual(['unconfirmed', 'current']);
    const { page: signingIn, before } = await signInFilled();
    await expectAccepted(signingIn, portal, alex.login, before);
    await signOut(signingIn, portal.url, alex);
    await signingIn.close();

    // The popup says which key waits, and can make either one current.
    const popup = await session.openPopup();
    await popup.waitForText('New key, not confirmed by the site yet');
    const makeCurrent = `Make Sonar ${alex.login} current`;
    await popup.click('button', makeCurrent);
    await expect
      .poll(async () =>
        (await accountsOf(alex.login)).map((account) => account.standby?.kind ?? 'current'),
      )
      .toEqual(['current', 'replaced']);
    await popup.waitForText('Replaced on');
    await popup.click('button', makeCurrent);
    await expect
      .poll(async () =>
        (await accountsOf(alex.login)).map((account) => account.standby?.kind ?? 'current'),
      )
      .toEqual(['replaced', 'current']);
    await popup.close();
  });

  it('a refused code: "Fill next code" comes after rollover, and its code is accepted', async () => {
    const { page, before } = await signInFilled();
    await fetch(`${portal.url}/__test__/refuse-next-code`, {
      method: 'POST',
      body: JSON.stringify({ login: alex.login }),
    });
    await page.click('button', 'Verify');
    await page.waitForText('That code is not valid');
    const control = page.inPageUi(controlAnchor.single);
    await control.waitForText('The site refused the code');
    // Offered when the next period begins: within 30 s.
    await expect.poll(() => control.text(), { timeout: 35_000 }).toContain('Fill next code');
    await control.click('button', 'Fill next code');
    await expect
      .poll(() => codeInField(page, 'single'), { timeout: uiTimeoutMs })
      .toMatch(/^\d{6}$/);
    await expectAccepted(page, portal, alex.login, {
      ...before,
      rejectedCodes: before.rejectedCodes + 1,
    });
    await signOut(page, portal.url, alex);
    await page.close();
  });

  it('a second host of the portal: nothing filled before "Allow on this site", then accepted', async () => {
    await fetch(`${portal.url}/__test__/sign-in-host`, {
      method: 'POST',
      body: JSON.stringify({ host: 'localhost' }),
    });
    try {
      await forgetAcceptedCodes(portal, alex.login);
      const before = await portalState(portal, alex.login);
      const page = await session.newPage();
      // The portal's own link sends the user to its sign-in host.
      await signIn(page, portal.url, alex, 'single');
      expect(new URL(await page.url()).hostname).toBe('localhost');
      await page.evaluate(installSpy, { label: 'second-host', collector: null });
      const control = page.inPageUi(controlAnchor.single);
      await control.waitForControl('button', 'Fill code');
      const { secret } = await portalState(portal, alex.login);
      const account = { secret: secret ?? '', origin: portal.url, account: alex.login };
      await expectNoLeakDuring(() => topFrameRecords(page), account, Date.now() - 60_000);
      expect(await codeInField(page, 'single')).toBe('');
      await control.click('button', 'Fill code');
      await control.waitForText(`Allow “Sonar ${alex.login}” on localhost:${String(portal.port)}?`);
      await control.click('button', 'Allow on this site');
      await expect
        .poll(() => codeInField(page, 'single'), { timeout: uiTimeoutMs })
        .toMatch(/^\d{6}$/);
      await expectAccepted(page, portal, alex.login, before);
      expect(
        (await accountsOf(alex.login)).find((entry) => entry.standby === null)?.origins,
      ).toContain(`http://localhost:${String(portal.port)}`);
      await page.close();
    } finally {
      await fetch(`${portal.url}/__test__/sign-in-host`, {
        method: 'POST',
        body: JSON.stringify({ host: null }),
      });
    }
  });

  it('a look-alike of the portal gets no offer at all', async () => {
    // The same portal, user and key on another port: not a second host of it.
    const clone = await startPortal();
    try {
      const { secret } = await portalState(portal, alex.login);
      await fetch(`${clone.url}/__test__/enable-mfa`, {
        method: 'POST',
        body: JSON.stringify({ login: alex.login, secret }),
      });
      const page = await session.newPage();
      await signIn(page, `http://localhost:${String(clone.port)}`, alex, 'single');
      await expect.poll(() => session.contentScriptRanIn(page)).toBe(true);
      expect(await codeInField(page, 'single')).toBe('');
      expect(await closedShadowTexts(session, page)).toEqual([]);
      await page.close();
    } finally {
      await clone.close();
    }
  });
});
