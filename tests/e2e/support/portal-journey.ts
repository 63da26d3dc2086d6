import { generate } from 'otplib';
import { startPortal, type RunningPortal } from '../../fixtures/portal/server';
import { createVault } from './popup-journey';
import type { BrowserSession } from './session';
import type { TestPage } from './test-page';

/**
 * The demo portal's user journeys (Sonar's help article), written once against TestPage so
 * they run in every browser. The server's own state decides whether a code was accepted.
 */

export const user = {
  login: '101@organization.com',
  password: 'Sonar-Demo-101!',
  name: 'Alex Tremblay',
};
const periodSeconds = 30;

export interface PortalUserState {
  readonly mfaEnabled: boolean;
  readonly pendingSecret: string | null;
  readonly secret: string | null;
  readonly acceptedCodes: number;
  readonly rejectedCodes: number;
  readonly lastAcceptedStep: number | null;
  readonly lastCodeAcceptedAt: number | null;
}

export async function portalState(
  portal: RunningPortal,
  login = user.login,
): Promise<PortalUserState> {
  const response = await fetch(`${portal.url}/__test__/state?login=${encodeURIComponent(login)}`);
  if (!response.ok) throw new Error(`Portal state: HTTP ${response.status}`);
  return (await response.json()) as PortalUserState;
}

/** The code a phone app would show for `secret`: the current step, or the first unused one. */
export async function nextAcceptableCode(portal: RunningPortal, secret: string): Promise<string> {
  const { lastAcceptedStep } = await portalState(portal);
  const currentStep = Math.floor(Date.now() / 1000 / periodSeconds);
  // The server refuses a step twice (replay); the one after is inside its +-1 step window.
  const step =
    lastAcceptedStep === null ? currentStep : Math.max(currentStep, lastAcceptedStep + 1);
  return generate({ secret, epoch: step * periodSeconds, period: periodSeconds });
}

/** A well-formed code that matches none of the steps the server would accept now. */
export async function wrongCode(secret: string): Promise<string> {
  const step = Math.floor(Date.now() / 1000 / periodSeconds);
  const acceptable = await Promise.all(
    [-1, 0, 1, 2].map((offset) =>
      generate({ secret, epoch: (step + offset) * periodSeconds, period: periodSeconds }),
    ),
  );
  let candidate = 0;
  while (acceptable.includes(String(candidate).padStart(6, '0'))) candidate += 1;
  return String(candidate).padStart(6, '0');
}

export async function signInWithPassword(page: TestPage, portalUrl: string, query = '') {
  await page.goto(`${portalUrl}/login${query}`);
  await page.fill('Login name', user.login);
  await page.fill('Password', user.password);
  await page.click('button', 'Sign in');
}

/** Types the code into the single field, or into six one-digit boxes (focus moves on). */
export async function enterSignInCode(page: TestPage, code: string, style: 'single' | 'segmented') {
  if (style === 'single') {
    await page.fill('Verification code', code);
  } else {
    await page.click('textbox', 'Digit 1 of 6');
    await page.type(code);
  }
  await page.click('button', 'Verify');
}

/** My Account -> name (top right) -> Profile -> Account Security -> Set Up Google Authenticator. */
export async function revealEnrollmentQr(page: TestPage) {
  await page.click('button', user.name);
  await page.click('menuitem', 'Profile');
  await page.waitForControl('dialog', 'Profile');
  await page.click('button', 'Set Up Google Authenticator');
  await page.waitForControl('textbox', 'Enter the code generated from the QR scan');
}

export async function submitEnrollment(page: TestPage, code: string) {
  await page.fill('Enter the code generated from the QR scan', code);
  await page.fill('Current Sonar password', user.password);
  await page.click('button', 'Save');
}

export async function signOut(page: TestPage, portalUrl: string) {
  // Sonar reloads the page after enrollment; start from a settled page.
  await page.goto(`${portalUrl}/app`);
  await page.click('button', user.name);
  await page.click('menuitem', 'Sign out');
  await page.waitForText('Sign in to Sonar');
}

/** The demo portal and a browser with the extension and a new vault: one test file's world. */
export interface PortalWorld<Session extends BrowserSession = BrowserSession> {
  readonly portal: RunningPortal;
  readonly session: Session;
  /** The popup page, open in a tab, for messages and settings. */
  readonly extensionPage: TestPage;
}

export async function startPortalWorld<Session extends BrowserSession>(
  launch: () => Promise<Session>,
): Promise<PortalWorld<Session>> {
  const [portal, session] = await Promise.all([startPortal(), launch()]);
  const extensionPage = await session.openPopup();
  await createVault(extensionPage);
  return { portal, session, extensionPage };
}

export async function closePortalWorld({
  portal,
  session,
}: Pick<PortalWorld, 'portal' | 'session'>): Promise<void> {
  await Promise.all([session.close(), portal.close()]);
}
