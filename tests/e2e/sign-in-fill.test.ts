import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningPortal } from '../fixtures/portal/server';
import { browsers } from './support/browsers';
import { allowClipboardClearing, launchAllowingClipboardRead } from './support/clipboard-access';
import { passphrase, sendFromExtensionPage } from './support/popup-journey';
import { closePortalWorld, portalState } from './support/portal-journey';
import {
  alex,
  startEnrolledWorld,
  sam,
  codeInField,
  controlAnchor,
  enrollThroughPortal,
  expectAccepted,
  forgetAcceptedCodes,
  signIn,
  signOut,
  type CodeInput,
  type PortalUser,
} from './support/sign-in-journey';
import type { BrowserSession } from './support/session';
import type { TestPage } from './support/test-page';
import { uiTimeoutMs } from './support/test-page';

// Issue 6: sign-in fill on the (demo) Sonar portal. Accounts are enrolled through the portal's
// own flow, so they are bound to its origin as a user's would be; the portal's server decides
// whether each filled code was right.

describe.each(browsers)('sign-in fill in $name', ({ kind }) => {
  let session: BrowserSession;
  let portal: RunningPortal;
  let extensionPage: TestPage;

  beforeAll(async () => {
    // The clipboard checks below read it from an extension page, which takes clipboardRead:
    // this user allowed clearing the clipboard.
    const launch = () => launchAllowingClipboardRead(kind);
    ({ portal, session, extensionPage } = await startEnrolledWorld(launch, alex));
    await allowClipboardClearing(session);
  });
  afterAll(async () => {
    await closePortalWorld({ portal, session });
  });

  /** Signs `who` in up to the code step, with the portal ready to accept this period's code. */
  async function codeStep(who: PortalUser, style: CodeInput) {
    await forgetAcceptedCodes(portal, who.login);
    const before = await portalState(portal, who.login);
    const page = await session.newPage();
    await signIn(page, portal.url, who, style);
    return { page, before };
  }

  /** The code in the single field reached the clipboard, and the portal accepts it. */
  async function expectCopiedAndAccepted({ page, before }: Awaited<ReturnType<typeof codeStep>>) {
    const filled = await codeInField(page, 'single');
    await expect
      .poll(() => extensionPage.evaluate(() => navigator.clipboard.readText()), {
        timeout: uiTimeoutMs,
      })
      .toBe(filled);
    await expectAccepted(page, portal, alex.login, before);
    await page.close();
  }

  async function settings(changes: Record<string, unknown>) {
    await sendFromExtensionPage(extensionPage, 'settings/set', changes);
  }

  it.each(['single', 'segmented'] as const)(
    'fills the code the portal accepts into a %s code field, without submitting',
    async (style) => {
      const { page, before } = await codeStep(alex, style);
      await expect
        .poll(() => codeInField(page, style), { timeout: uiTimeoutMs })
        .toMatch(/^\d{6}$/);
      // Filled, not sent: the portal has seen no code yet.
      expect(await portalState(portal, alex.login)).toMatchObject({
        acceptedCodes: before.acceptedCodes,
        rejectedCodes: before.rejectedCodes,
      });
      await expectAccepted(page, portal, alex.login, before);
      await page.close();
    },
  );

  it('submits the form itself only on a site listed under "Submit after filling"', async () => {
    await settings({ submitAfterFillOrigins: [new URL(portal.url).origin] });
    try {
      const { page, before } = await codeStep(alex, 'single');
      await expectAccepted(page, portal, alex.login, before, false);
      await page.close();
    } finally {
      await settings({ submitAfterFillOrigins: [] });
    }
  });

  it('on a locked vault, "Fill code" opens the unlock window, then fills', async () => {
    await sendFromExtensionPage(extensionPage, 'vault/lock', null);
    const { page, before } = await codeStep(alex, 'single');
    const control = page.inPageUi(controlAnchor.single);
    await control.waitForText('Authenticator is locked');
    expect(await codeInField(page, 'single')).toBe('');
    const unlockWindow = session.waitForExtensionPage('unlock-then-close');
    await control.click('button', 'Fill code');
    const window = await unlockWindow;
    await control.waitForText('Unlock Authenticator in the window that opened');
    await window.fill('Passphrase', passphrase);
    await window.click('button', 'Unlock');
    await control.waitForText('Code filled.');
    expect(await codeInField(page, 'single')).toMatch(/^\d{6}$/);
    await expectAccepted(page, portal, alex.login, before);
    await page.close();
  });

  it('with "Fill automatically on sign-in" off, fills only when "Fill code" is clicked', async () => {
    await settings({ fillOnSignIn: false });
    try {
      const { page, before } = await codeStep(alex, 'segmented');
      const control = page.inPageUi(controlAnchor.segmented);
      await control.waitForControl('button', 'Fill code');
      expect(await codeInField(page, 'segmented')).toBe('');
      await control.click('button', 'Fill code');
      await control.waitForText('Code filled.');
      expect(await codeInField(page, 'segmented')).toMatch(/^\d{6}$/);
      await expectAccepted(page, portal, alex.login, before);
      await page.close();
    } finally {
      await settings({ fillOnSignIn: true });
    }
  });

  it('with "Also copy the code after filling" on, puts the filled code on the clipboard', async () => {
    await settings({ fillOnSignIn: false, copyAfterFill: true });
    try {
      const step = await codeStep(alex, 'single');
      const control = step.page.inPageUi(controlAnchor.single);
      await control.click('button', 'Fill code');
      await control.waitForText('Code filled.');
      await expectCopiedAndAccepted(step);
    } finally {
      await settings({ fillOnSignIn: true, copyAfterFill: false });
    }
  });

  it('copies an automatically filled code too, though the page had no click', async () => {
    await settings({ copyAfterFill: true });
    try {
      // Something else on the clipboard first: the copy must replace it.
      await extensionPage.evaluate(() => navigator.clipboard.writeText('before'));
      const step = await codeStep(alex, 'single');
      await expect
        .poll(() => codeInField(step.page, 'single'), { timeout: uiTimeoutMs })
        .toMatch(/^\d{6}$/);
      await expectCopiedAndAccepted(step);
    } finally {
      await settings({ copyAfterFill: false });
    }
  });

  it('with two accounts bound, the login typed picks the account; else the chooser', async () => {
    const enrolling = await session.newPage();
    await enrollThroughPortal(enrolling, portal.url, sam);
    await signOut(enrolling, portal.url, sam);
    await enrolling.close();

    // Signing in as either fills that account's code by itself, no chooser.
    for (const who of [sam, alex]) {
      const { page, before } = await codeStep(who, 'single');
      await expect
        .poll(() => codeInField(page, 'single'), { timeout: uiTimeoutMs })
        .toMatch(/^\d{6}$/);
      expect(await page.inPageUi(controlAnchor.single).text()).not.toContain(alex.login);
      await expectAccepted(page, portal, who.login, before);
      await signOut(page, portal.url, who);
      await page.close();
    }

    // The same code step in another tab, where no login was typed: the user picks.
    const { page: typed, before } = await codeStep(sam, 'single');
    const page = await session.newPage();
    await page.goto(`${portal.url}/login`);
    await page.waitForText('Two-factor authentication');
    const control = page.inPageUi(controlAnchor.single);
    await control.click('button', 'Fill code');
    await control.click('button', `Sonar ${sam.login}`);
    await expect
      .poll(() => codeInField(page, 'single'), { timeout: uiTimeoutMs })
      .toMatch(/^\d{6}$/);
    await expectAccepted(page, portal, sam.login, before);
    await page.close();
    await typed.close();
  });
});
