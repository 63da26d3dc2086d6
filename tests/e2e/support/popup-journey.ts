import type { TestPage } from './test-page';

/** Popup journeys (issue 4), by the UI contract's accessible names (DESIGN 5). */

export const passphrase = 'correct horse battery staple';

export async function createVault(popup: TestPage) {
  await popup.fill('Passphrase', passphrase);
  await popup.fill('Confirm passphrase', passphrase);
  await popup.click('button', 'Create vault');
  await popup.waitForControl('button', 'Add account');
}

export async function addAccountByHand(
  popup: TestPage,
  account: { readonly secret: string; readonly issuer: string; readonly account: string },
) {
  await popup.click('button', 'Add account');
  await popup.fill('Secret key', account.secret);
  await popup.fill('Issuer', account.issuer);
  await popup.fill('Account name', account.account);
  await popup.click('button', 'Save account');
  await popup.waitForControl('listitem', `${account.issuer} ${account.account}`);
}

/** The current code shown in the account's row, digits only. */
export function shownCode(popup: TestPage, label: string): Promise<string | null> {
  return popup.evaluate((name) => {
    const row = [...document.querySelectorAll('[role="listitem"], li')].find((item) =>
      (item.getAttribute('aria-label') ?? '').includes(name),
    );
    const code = row?.querySelector('.code')?.textContent ?? null;
    return code === null ? null : code.replace(/\D/g, '');
  }, label);
}

/** Sends a page message from an extension page, as the popup itself does. */
export function sendFromExtensionPage(
  page: TestPage,
  type: string,
  payload: unknown,
): Promise<unknown> {
  return page.evaluate(
    ([messageType, messagePayload]) =>
      chrome.runtime.sendMessage({ type: messageType, payload: messagePayload }),
    [type, payload] as const,
  );
}
