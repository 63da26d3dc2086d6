import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import QRCode from 'qrcode';
import type { RunningPortal } from '../../fixtures/portal/server';
import { sendFromExtensionPage } from './popup-journey';
import { user } from './portal-journey';
import type { BrowserSession } from './session';
import { uiTimeoutMs, type TestPage } from './test-page';

/**
 * The account every hostile scenario tries to get at (issue 6, deliverable 4): captured through
 * the portal's in-page enrollment prompt (issue 5), so it is bound to the portal's exact origin
 * as a user's would be, and turned on for the portal's user 101, so the portal's sign-in asks
 * for its code.
 */
export interface BoundAccount {
  readonly secret: string;
  readonly origin: string;
  readonly account: string;
}

export const insightsAcknowledgement =
  'I understand that Sonar Insights will not be available with 2FA on';

export async function bindAccountByEnrollment(
  session: BrowserSession,
  extensionPage: TestPage,
  portal: RunningPortal,
): Promise<BoundAccount> {
  const secret = randomSecret();
  const uri = `otpauth://totp/Sonar:${encodeURIComponent(user.login)}?secret=${secret}&issuer=Sonar`;
  const page = await session.newPage();
  await page.goto(`${portal.url}/login`);
  await waitFor(() => session.contentScriptRanIn(page), 'No content script in the portal page');
  await insertQr(page, await QRCode.toDataURL(uri, { margin: 4, scale: 6 }), 'hostile-seed-qr');
  const prompt = page.inPageUi('.hostile-seed-qr');
  await prompt.click('checkbox', insightsAcknowledgement);
  await prompt.click('button', 'Save to Authenticator');
  await prompt.waitForText('Saved.');
  await page.close();

  const origin = new URL(portal.url).origin;
  const saved = (await accountsOf(extensionPage)).filter((entry) => entry.account === user.login);
  expect(saved.map((entry) => entry.origins)).toEqual([[origin]]);
  const response = await fetch(`${portal.url}/__test__/enable-mfa`, {
    method: 'POST',
    body: JSON.stringify({ login: user.login, secret }),
  });
  expect(response.ok).toBe(true);
  return { secret, origin, account: user.login };
}

interface AccountSummary {
  readonly account: string;
  readonly origins: readonly string[];
}

export async function accountsOf(extensionPage: TestPage): Promise<readonly AccountSummary[]> {
  const overview = (await sendFromExtensionPage(extensionPage, 'vault/overview', null)) as {
    value?: { accounts?: AccountSummary[] };
  };
  return overview.value?.accounts ?? [];
}

/** Puts a QR image into the page (after `#qr-slot` when there is one), as a portal would. */
export async function insertQr(page: TestPage, dataUrl: string, className: string) {
  await page.evaluate(
    ([source, name]) => {
      const img = document.createElement('img');
      img.className = name;
      img.alt = 'QR code';
      img.src = source;
      (document.getElementById('qr-slot') ?? document.body).append(img);
    },
    [dataUrl, className] as const,
  );
}

/** Like expect.poll, which vitest allows inside tests only; this also serves beforeAll. */
export async function waitFor(condition: () => Promise<boolean>, failure: string) {
  const deadline = Date.now() + uiTimeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(failure);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A fresh 20-byte secret, base32 without padding, as otpauth URIs carry secrets. */
export function randomSecret(): string {
  return base32(randomBytes(20));
}

function base32(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
  let out = '';
  for (let index = 0; index + 5 <= bits.length; index += 5) {
    out += alphabet[Number.parseInt(bits.slice(index, index + 5), 2)] ?? '';
  }
  return out;
}
