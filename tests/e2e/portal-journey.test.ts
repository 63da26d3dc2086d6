import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type RunningPortal } from '../fixtures/portal/server';
import { browsers } from './support/browsers';
import {
  enterSignInCode,
  nextAcceptableCode,
  portalState,
  revealEnrollmentQr,
  signInWithPassword,
  signOut,
  submitEnrollment,
  wrongCode,
} from './support/portal-journey';
import type { BrowserSession } from './support/session';

// Proves the demo portal itself (issue 2): the whole Sonar enrollment and 2FA sign-in with
// codes the test computes, each checked by the portal's server, which refuses wrong ones.
const variants = [
  { qr: 'img', codeInput: 'single' },
  { qr: 'canvas', codeInput: 'segmented' },
  { qr: 'svg', codeInput: 'single' },
] as const;

describe.each(browsers)('demo portal in $name', ({ launch }) => {
  let session: BrowserSession;
  let portal: RunningPortal;

  beforeAll(async () => {
    [portal, session] = await Promise.all([startPortal(), launch()]);
  });
  afterAll(async () => {
    await Promise.all([session.close(), portal.close()]);
  });

  it.each(variants)(
    'enrolls and signs in with server-checked codes (QR as $qr, $codeInput code input)',
    async ({ qr, codeInput }) => {
      portal.reset();
      const page = await session.newPage();
      await signInWithPassword(page, portal.url, `?qr=${qr}&codeInput=${codeInput}`);
      await revealEnrollmentQr(page);
      const qrElement = await page.evaluate(
        (tag) => document.querySelector(`[role="dialog"] ${tag}`) !== null,
        qr,
      );
      expect(qrElement).toBe(true);

      const { pendingSecret } = await portalState(portal);
      if (!pendingSecret) throw new Error('The portal issued no secret');

      await submitEnrollment(page, await wrongCode(pendingSecret));
      await page.waitForText('The code generated from the QR scan is not valid.');
      await expect.poll(async () => (await portalState(portal)).rejectedCodes).toBe(1);
      expect((await portalState(portal)).mfaEnabled).toBe(false);

      await submitEnrollment(page, await nextAcceptableCode(portal, pendingSecret));
      await page.waitForText('Two-factor authentication is now on');
      expect(await portalState(portal)).toMatchObject({
        mfaEnabled: true,
        acceptedCodes: 1,
        secret: pendingSecret,
      });

      await signOut(page, portal.url);
      await signInWithPassword(page, portal.url);
      await page.waitForText('Enter the 6-digit code from your authenticator app');

      await enterSignInCode(page, await wrongCode(pendingSecret), codeInput);
      await page.waitForText('That code is not valid.');
      expect((await portalState(portal)).rejectedCodes).toBe(2);

      await enterSignInCode(page, await nextAcceptableCode(portal, pendingSecret), codeInput);
      await expect.poll(async () => (await portalState(portal)).acceptedCodes).toBe(2);
      await page.waitForControl('button', 'Alex Tremblay');
      expect(new URL(await page.url()).pathname).toBe('/app');
      await page.close();
    },
  );
});
