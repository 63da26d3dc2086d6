import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningPortal } from '../fixtures/portal/server';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { passphrase, sendFromExtensionPage } from './support/popup-journey';
import { closePortalWorld, portalState } from './support/portal-journey';
import {
  alex,
  codeInField,
  expectAccepted,
  forgetAcceptedCodes,
  signIn,
  startEnrolledWorld,
} from './support/sign-in-journey';
import type { TestPage } from './support/test-page';
import { uiTimeoutMs } from './support/test-page';

// Passkey unlock (DESIGN 4.1 key slots): a PRF passkey registered in Options opens the vault
// as one more slot. Chromium only: DevTools' virtual authenticator stands in for the user's
// fingerprint or security key. It lives in one tab, so that tab goes from Options to the popup
// page (the page the unlock window shows) and back, as the real page each time.
describe('unlock with a passkey in Chromium', () => {
  let session: ChromiumSession;
  let portal: RunningPortal;
  let tab: TestPage;

  beforeAll(async () => {
    ({ portal, session } = await startEnrolledWorld(launchChromium, alex));
    tab = await session.newPage();
    await tab.goto(`${session.extensionBaseUrl}src/options/index.html`);
  });
  afterAll(async () => {
    await closePortalWorld({ portal, session });
  });

  async function lockAndOpenPopupPage() {
    expect(await sendFromExtensionPage(tab, 'vault/lock', null)).toMatchObject({ ok: true });
    await tab.goto(session.popupUrl);
    await tab.waitForControl('textbox', 'Passphrase');
  }

  /** The code the extension fills on the portal's code step is one the server accepts. */
  async function portalAcceptsFilledCode() {
    await forgetAcceptedCodes(portal, alex.login);
    const before = await portalState(portal, alex.login);
    const page = await session.newPage();
    await signIn(page, portal.url, alex, 'single');
    await expect
      .poll(() => codeInField(page, 'single'), { timeout: uiTimeoutMs })
      .toMatch(/^\d{6}$/);
    await expectAccepted(page, portal, alex.login, before);
    await page.close();
  }

  it('registers a passkey, unlocks with it, and once removed it no longer opens the vault', async () => {
    const authenticator = await session.addVirtualAuthenticator(tab);
    await tab.click('button', 'Unlock with a passkey');
    await tab.fill('Name of this passkey', 'Test key');
    await tab.fill('Vault passphrase', passphrase);
    await tab.click('button', 'Add passkey');
    await tab.waitForText('"Test key" now unlocks the vault.');
    const [credentialId] = await authenticator.credentialIds();
    const listed = await sendFromExtensionPage(tab, 'passkey/list', null);
    expect(listed).toMatchObject({
      ok: true,
      value: { passkeys: [{ name: 'Test key', credentialId }] },
    });

    await lockAndOpenPopupPage();
    await tab.click('button', 'Unlock with passkey');
    await tab.waitForControl('button', 'Add account');
    await portalAcceptsFilledCode();

    await tab.goto(`${session.extensionBaseUrl}src/options/index.html`);
    await tab.click('button', 'Remove passkey Test key');
    await tab.waitForText('"Test key" no longer unlocks the vault.');
    await lockAndOpenPopupPage();
    expect(await tab.visibleText()).not.toContain('Unlock with passkey');

    // The authenticator still holds the credential and answers for the removed slot's salt;
    // what it gives no longer opens anything.
    const { passkeys } = (listed as { value: { passkeys: { prfSalt: string }[] } }).value;
    const prfSalt = passkeys[0]?.prfSalt ?? '';
    const output = await tab.evaluate(
      async ([id, salt]) => {
        const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const credential = (await navigator.credentials.get({
          publicKey: {
            challenge: new Uint8Array(32),
            allowCredentials: [{ type: 'public-key', id: bytes(id) }],
            userVerification: 'required',
            extensions: { prf: { eval: { first: bytes(salt) } } },
          },
        })) as PublicKeyCredential;
        const first = credential.getClientExtensionResults().prf?.results?.first;
        return btoa(String.fromCharCode(...new Uint8Array(first as ArrayBuffer)));
      },
      [credentialId ?? '', prfSalt] as const,
    );
    const refused = await sendFromExtensionPage(tab, 'vault/unlock-passkey', {
      credentialId,
      prfOutput: output,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'passkey' } });
    expect(await sendFromExtensionPage(tab, 'vault/overview', null)).toMatchObject({
      value: { state: 'locked' },
    });
  });
});
