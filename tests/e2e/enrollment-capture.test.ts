import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningPortal } from '../fixtures/portal/server';
import { browsers } from './support/browsers';
import { startImageHost } from './support/image-host';
import { passphrase, sendFromExtensionPage } from './support/popup-journey';
import {
  closePortalWorld,
  portalState,
  revealEnrollmentQr,
  signInWithPassword,
  startPortalWorld,
  user,
} from './support/portal-journey';
import type { BrowserSession } from './support/session';
import type { TestPage } from './support/test-page';

// Issue 5: one-click enrollment capture on the (demo) Sonar portal, for each way the portal
// draws its QR code. The prompt is in a closed shadow root (support/closed-shadow.ts); the
// portal's server decides whether the filled code was right.
const renderings = ['img', 'canvas', 'svg'] as const;
const qrSelector = '[role="dialog"] .qr';
const insights = 'I understand that Sonar Insights will not be available with 2FA on';

describe.each(browsers)('enrollment capture in $name', ({ launch }) => {
  let session: BrowserSession;
  let portal: RunningPortal;
  let extensionPage: TestPage;

  beforeAll(async () => {
    ({ portal, session, extensionPage } = await startPortalWorld(launch));
  });
  afterAll(async () => {
    await closePortalWorld({ portal, session });
  });

  async function enrollWithPrompt(qr: (typeof renderings)[number], locked: boolean) {
    portal.reset();
    if (locked) await sendFromExtensionPage(extensionPage, 'vault/lock', null);
    const page = await session.newPage();
    await signInWithPassword(page, portal.url, `?qr=${qr}`);
    await revealEnrollmentQr(page);

    const prompt = page.inPageUi(qrSelector);
    await prompt.waitForText('Insights');
    expect(await prompt.waitForControl('button', 'Save to Authenticator')).toMatchObject({
      disabled: true,
    });
    await prompt.click('checkbox', insights);
    const unlockWindow = locked ? session.waitForExtensionPage('unlock-then-close') : null;
    await prompt.click('button', 'Save to Authenticator');
    if (unlockWindow) {
      const window = await unlockWindow;
      await prompt.waitForText('Unlock Authenticator in the window that opened');
      await window.fill('Passphrase', passphrase);
      await window.click('button', 'Unlock');
    }
    await prompt.waitForText('Code filled: enter your password and click Save');
    const filled = await page.evaluate(
      () => document.querySelector<HTMLInputElement>('#mfa-code')?.value ?? '',
    );
    expect(filled).toMatch(/^\d{6}$/);

    await page.fill('Current Sonar password', user.password);
    await page.click('button', 'Save');
    await page.waitForText('Two-factor authentication is now on');
    expect(await portalState(portal)).toMatchObject({ mfaEnabled: true, acceptedCodes: 1 });

    // Saved once, bound to the portal's exact origin, marked as a Sonar account.
    const overview = (await sendFromExtensionPage(extensionPage, 'vault/overview', null)) as {
      value: { accounts: { account: string; origins: string[]; siteId: string | null }[] };
    };
    const saved = overview.value.accounts.filter((account) => account.account === user.login);
    expect(saved.at(-1)).toMatchObject({ origins: [new URL(portal.url).origin] });
    await page.close();
  }

  it.each(renderings)('saves the QR drawn as %s and fills the code the portal accepts', (qr) =>
    enrollWithPrompt(qr, false),
  );

  it('does the same when the vault is locked at the start', () => enrollWithPrompt('img', true));

  it('says a QR code that is not an authenticator account cannot be used, and saves nothing', async () => {
    const before = await accountCount();
    const page = await portalPage();
    await insertQr(page, await qrImage('https://example.com/not-an-account'));
    const prompt = page.inPageUi('.inserted-qr');
    await prompt.waitForText('does not hold an authenticator account');
    expect(await accountCount()).toBe(before);
    await page.close();
  });

  it('asks before binding a stored account with the same secret here, then says it is saved', async () => {
    // Added by hand in the popup: bound to no site.
    const uri = `otpauth://totp/Sonar:twin%40organization.com?secret=${secretOf('twin')}&issuer=Sonar`;
    await sendFromExtensionPage(extensionPage, 'vault/add', { kind: 'uri', uri });
    const before = await accountCount();
    const page = await portalPage();
    await insertQr(page, await qrImage(uri.replace('twin%40', 'renamed%40')));
    const prompt = page.inPageUi('.inserted-qr');
    await prompt.click('checkbox', insights);
    await prompt.click('button', 'Save to Authenticator');
    const site = new URL(portal.url).host;
    await prompt.waitForText(
      `“Sonar: twin@organization.com” is already in Authenticator, for another site. Allow it on this site (${site}) too?`,
    );
    await prompt.click('button', 'Allow on this site');
    await prompt.waitForText('This account can now be used on this site.');
    expect(await accountCount()).toBe(before);
    // The stored account is now bound to this portal too, so sign-in fill will find it.
    expect(await originsOf('twin@organization.com')).toEqual([new URL(portal.url).origin]);

    // Shown again here, it is said to be stored, and nothing new is saved.
    await page.evaluate(() => {
      document.querySelector('.inserted-qr')?.classList.remove('inserted-qr');
    });
    await insertQr(page, await qrImage(uri));
    const again = page.inPageUi('.inserted-qr');
    await again.waitForText('This account is already in Authenticator.');
    await again.click('checkbox', insights);
    await again.click('button', 'Save to Authenticator');
    await again.waitForText('nothing new was saved');
    expect(await accountCount()).toBe(before);
    await page.close();
  });

  it('finds a QR code inside an open shadow root', async () => {
    const uri = `otpauth://totp/Sonar:shadow%40organization.com?secret=${secretOf('shadow')}&issuer=Sonar`;
    const page = await portalPage();
    await insertQr(page, await qrImage(uri), 'shadow');
    const prompt = page.inPageUi('.qr-component >>> .inserted-qr');
    const name = await prompt.waitForControl('textbox', 'Account name');
    expect(name.value).toBe('shadow@organization.com');
    await page.close();
  });

  it('reads a cross-origin QR image its server lets pages read, and says when it cannot', async () => {
    const images = await startImageHost();
    try {
      const uri = `otpauth://totp/Sonar:remote%40organization.com?secret=${secretOf('remote')}&issuer=Sonar`;
      const page = await portalPage();
      await insertQr(page, images.url(uri, true));
      const readable = page.inPageUi('.inserted-qr');
      expect((await readable.waitForControl('textbox', 'Account name')).value).toBe(
        'remote@organization.com',
      );
      await page.evaluate(() => {
        document.querySelector('.inserted-qr')?.classList.remove('inserted-qr');
      });
      await insertQr(page, images.url(uri, false));
      // Without CORS the pixels are the image host's alone: the extension holds no host
      // permission for it (test builds get none at install, vite.config.ts), so both browsers
      // taint the canvas, and Firefox, which lets a content script read pixels from hosts the
      // extension may access, reads nothing either.
      await page.inPageUi('.inserted-qr').waitForText('cannot be read from the page');
      await page.close();
    } finally {
      await images.close();
    }
  });

  async function portalPage() {
    const page = await session.newPage();
    await page.goto(`${portal.url}/login`);
    await expect.poll(() => session.contentScriptRanIn(page)).toBe(true);
    return page;
  }

  async function originsOf(account: string) {
    const overview = (await sendFromExtensionPage(extensionPage, 'vault/overview', null)) as {
      value: { accounts: { account: string; origins: string[] }[] };
    };
    return overview.value.accounts.find((entry) => entry.account === account)?.origins;
  }

  async function accountCount() {
    const overview = (await sendFromExtensionPage(extensionPage, 'vault/overview', null)) as {
      value: { accounts: unknown[] };
    };
    return overview.value.accounts.length;
  }
});

function qrImage(text: string) {
  return QRCode.toDataURL(text, { margin: 4, scale: 6 });
}

/** A 20-byte secret in base32 that differs per test (names only need to be distinct). */
function secretOf(name: string) {
  return `${name.toUpperCase().replace(/[^A-Z]/g, 'A')}JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP`.slice(
    0,
    32,
  );
}

/** Puts a QR image on the page, as a portal would: in the page, or in a web component. */
async function insertQr(page: TestPage, src: string, where: 'page' | 'shadow' = 'page') {
  await page.evaluate(
    ([source, place]) => {
      const img = document.createElement('img');
      img.className = 'inserted-qr';
      img.alt = 'QR code';
      img.src = source;
      if (place === 'page') {
        document.body.append(img);
        return;
      }
      const host = document.createElement('div');
      host.className = 'qr-component';
      host.attachShadow({ mode: 'open' }).append(img);
      document.body.append(host);
    },
    [src, where] as const,
  );
}
