import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './support/browsers';
import { createVault, sendFromExtensionPage } from './support/popup-journey';
import type { BrowserSession } from './support/session';

// Issue 4: auto-lock fires after the idle time set in the options. The shortest setting is
// half a minute (Chrome's alarm floor), so this test waits that long in each browser.
describe.each(browsers)('auto-lock in $name', ({ launch }) => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  it('locks the vault after the configured idle time', async () => {
    const popup = await session.openPopup();
    await createVault(popup);
    const saved = await sendFromExtensionPage(popup, 'settings/set', { autoLockMinutes: 0.5 });
    expect(saved).toMatchObject({ ok: true, value: { autoLockMinutes: 0.5 } });
    // Any vault message counts as use and restarts the countdown, so from here on only the
    // options page (no vault messages) watches storage.session, which locking clears.
    await sendFromExtensionPage(popup, 'vault/overview', null);

    const options = await session.openExtensionPage('src/options/index.html');
    const keyKept = () =>
      options.evaluate(
        async () => (await chrome.storage.session.get('vaultKey')).vaultKey !== undefined,
      );
    expect(await keyKept()).toBe(true);
    await expect.poll(keyKept, { timeout: 90_000, interval: 1_000 }).toBe(false);
    await options.close();
    // The popup left open hides its codes as soon as the vault locks.
    await popup.waitForControl('button', 'Unlock');
    await popup.close();

    const reopened = await session.openPopup();
    await reopened.waitForControl('button', 'Unlock');
    await reopened.close();
  }, 150_000);
});
