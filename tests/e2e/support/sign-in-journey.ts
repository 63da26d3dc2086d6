import { expect } from 'vitest';
import type { RunningPortal } from '../../fixtures/portal/server';
import { portalState, startPortalWorld, type PortalWorld } from './portal-journey';
import type { BrowserSession } from './session';
import { uiTimeoutMs, type TestPage } from './test-page';

/**
 * Sign-in fill journeys (issue 6) on the demo portal, for any seeded user: enrollment through
 * the portal's own flow with the extension's in-page prompt, sign-in, sign-out. The portal's
 * server decides whether a code was right (portalState).
 */

export interface PortalUser {
  readonly login: string;
  readonly password: string;
  readonly name: string;
}

/** Two of the demo portal's seeded users (tests/fixtures/portal/README.md). */
export const alex: PortalUser = {
  login: '101@organization.com',
  password: 'Sonar-Demo-101!',
  name: 'Alex Tremblay',
};
export const sam: PortalUser = {
  login: '102@organization.com',
  password: 'Sonar-Demo-102!',
  name: 'Sam Roy',
};

export type CodeInput = 'single' | 'segmented';

const insights = 'I understand that Sonar Insights will not be available with 2FA on';

/** Where the "Fill code" control is: right after the field, or after the row of boxes. */
export const controlAnchor: Record<CodeInput, string> = {
  single: '#code',
  segmented: '.digits',
};

export async function signIn(page: TestPage, portalUrl: string, who: PortalUser, style: CodeInput) {
  await startSignedOut(page, `${portalUrl}/login?codeInput=${style}`);
  await page.fill('Login name', who.login);
  await page.fill('Password', who.password);
  await page.click('button', 'Sign in');
  await page.waitForText('Two-factor authentication');
}

/** Signed in as `who` (no 2FA yet): Profile -> Set Up Google Authenticator, QR code shown. */
export async function openEnrollment(page: TestPage, portalUrl: string, who: PortalUser) {
  await startSignedOut(page, `${portalUrl}/login?codeInput=single`);
  await page.fill('Login name', who.login);
  await page.fill('Password', who.password);
  await page.click('button', 'Sign in');
  await page.click('button', who.name);
  await page.click('menuitem', 'Profile');
  await page.click('button', 'Set Up Google Authenticator');
}

/** Profile -> Set Up Google Authenticator -> "Save to Authenticator" -> password -> Save. */
export async function enrollThroughPortal(page: TestPage, portalUrl: string, who: PortalUser) {
  await openEnrollment(page, portalUrl, who);
  const prompt = page.inPageUi('[role="dialog"] .qr');
  await prompt.waitForText('Insights');
  // By the time the QR code is decoded, sign-in fill would have acted: it must leave an
  // enrollment's code field alone (no stored account's code, no "Fill code" beside it).
  expect(
    await page.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>('#mfa-code');
      return { value: field?.value, next: field?.nextElementSibling?.tagName ?? null };
    }),
  ).toEqual({ value: '', next: null });
  await prompt.click('checkbox', insights);
  await prompt.click('button', 'Save to Authenticator');
  await prompt.waitForText('Code filled');
  await page.fill('Current Sonar password', who.password);
  await page.click('button', 'Save');
  await page.waitForText('Two-factor authentication is now on');
}

/** A previous test's sign-in is still in the cookies: leave it first, through the portal's API. */
async function startSignedOut(page: TestPage, loginUrl: string) {
  await page.goto(loginUrl);
  await page.evaluate(() =>
    fetch('/api/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    }).then((response) => response.ok),
  );
  await page.goto(new URL('/login', loginUrl).href);
}

export async function signOut(page: TestPage, portalUrl: string, who: PortalUser) {
  await page.goto(`${portalUrl}/app`);
  await page.click('button', who.name);
  await page.click('menuitem', 'Sign out');
  await page.waitForText('Sign in to Sonar');
}

/**
 * The portal refuses a second code of the same 30 s period (replay protection). A real user
 * signs in long after enrolling; here the next sign-in follows at once, so the portal's replay
 * history is reset (same secret) to let the current period's code through once more.
 */
export async function forgetAcceptedCodes(portal: RunningPortal, login: string) {
  const { secret } = await portalState(portal, login);
  if (secret === null) throw new Error(`${login} has no 2FA secret`);
  const response = await fetch(`${portal.url}/__test__/enable-mfa`, {
    method: 'POST',
    body: JSON.stringify({ login, secret }),
  });
  if (!response.ok) throw new Error(`enable-mfa: HTTP ${response.status}`);
}

/** What the page's code field holds now, digits of every box joined. */
export function codeInField(page: TestPage, style: CodeInput): Promise<string> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll<HTMLInputElement>(selector)].map((box) => box.value).join(''),
    style === 'single' ? '#code' : '.digits input',
  );
}

/** Clicks Verify (unless the extension submitted) and waits for the portal's verdict. */
export async function expectAccepted(
  page: TestPage,
  portal: RunningPortal,
  login: string,
  before: { readonly acceptedCodes: number; readonly rejectedCodes: number },
  clickVerify = true,
) {
  if (clickVerify) await page.click('button', 'Verify');
  await expect
    .poll(async () => (await portalState(portal, login)).acceptedCodes, { timeout: uiTimeoutMs })
    .toBe(before.acceptedCodes + 1);
  expect((await portalState(portal, login)).rejectedCodes).toBe(before.rejectedCodes);
  await page.waitForText('My Account');
}

/** A new browser with a vault, the demo portal, and `who` enrolled there through the portal. */
export async function startEnrolledWorld<Session extends BrowserSession>(
  launch: () => Promise<Session>,
  who: PortalUser,
): Promise<PortalWorld<Session>> {
  const world = await startPortalWorld(launch);
  const page = await world.session.newPage();
  await enrollThroughPortal(page, world.portal.url, who);
  await signOut(page, world.portal.url, who);
  await page.close();
  return world;
}
