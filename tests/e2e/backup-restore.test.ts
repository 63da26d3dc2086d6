import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type RunningPortal } from '../fixtures/portal/server';
import { browsers } from './support/browsers';
import { createVault, passphrase } from './support/popup-journey';
import { portalState } from './support/portal-journey';
import type { BrowserSession } from './support/session';
import {
  alex,
  codeInField,
  enrollThroughPortal,
  expectAccepted,
  forgetAcceptedCodes,
  signIn,
  signOut,
} from './support/sign-in-journey';
import { chooseFile } from './support/choose-file';
import { keepSavedFiles, lastSavedFile } from './support/saved-files';
import { uiTimeoutMs } from './support/test-page';

// The backup file is the way back after a lost profile: made in Options, restored on the
// first-run screen of a new profile, and the restored account still signs in to the portal
// (its server checks the code) on the origin it was bound to.

describe.each(browsers)('backup and restore in $name', ({ launch }) => {
  let portal: RunningPortal;
  let session: BrowserSession;
  let backup: string;

  beforeAll(async () => {
    [portal, session] = await Promise.all([startPortal(), launch()]);
    const popup = await session.openPopup();
    await createVault(popup);
    const page = await session.newPage();
    await enrollThroughPortal(page, portal.url, alex);
    await signOut(page, portal.url, alex);
    await page.close();
    await popup.close();
  });
  afterAll(async () => {
    await Promise.all([session.close(), portal.close()]);
  });

  it('makes a backup file in Options; the popup stops saying "Not backed up"', async () => {
    const popup = await session.openPopup();
    await popup.waitForControl('button', 'Not backed up');
    await popup.close();
    const options = await session.openExtensionPage('src/options/index.html');
    await options.waitForText('No backup has been made yet.');
    await options.evaluate(keepSavedFiles);
    await options.click('button', 'Back up now');
    await options.waitForText('Backup saved as');
    backup = await options.evaluate(lastSavedFile);
    expect(JSON.parse(backup)).toMatchObject({ format: 'sonar-authenticator-backup', version: 1 });
    // Ciphertext only: neither the secret nor the names are in the file.
    const { secret } = await portalState(portal, alex.login);
    expect(backup).not.toContain(secret);
    expect(backup).not.toContain('Sonar');
    expect(backup).not.toContain(alex.login);
    await options.close();
    const popup2 = await session.openPopup();
    await popup2.waitForText(alex.login);
    expect(await popup2.visibleText()).not.toContain('Not backed up');
    await popup2.close();
  });

  it('a new profile restored from the file on the first-run screen signs in to the portal', async () => {
    const fresh = await launch();
    try {
      const popup = await fresh.openPopup();
      await popup.click('button', 'Restore from backup');
      await popup.waitForControl('textbox', 'Backup passphrase');
      await chooseFile(popup, 'Backup file', { name: 'backup.json', text: backup });
      await popup.fill('Backup passphrase', 'not the passphrase');
      await popup.click('button', 'Restore');
      await popup.waitForText('The password is not correct for this file.');
      await popup.fill('Backup passphrase', passphrase);
      await popup.click('button', 'Restore');
      await popup.waitForText('Accounts to restore: 1');
      await popup.click('button', 'Restore');
      await popup.waitForControl('button', 'Lock');
      await popup.waitForText(alex.login);

      await forgetAcceptedCodes(portal, alex.login);
      const before = await portalState(portal, alex.login);
      const page = await fresh.newPage();
      await signIn(page, portal.url, alex, 'single');
      await expect
        .poll(() => codeInField(page, 'single'), { timeout: uiTimeoutMs })
        .toMatch(/^\d{6}$/);
      await expectAccepted(page, portal, alex.login, before);
    } finally {
      await fresh.close();
    }
  });

  it('refuses a wrong passphrase, a cut file and a newer version by name, and writes nothing', async () => {
    const options = await session.openExtensionPage('src/options/index.html');
    const stored = () =>
      options.evaluate(() => chrome.storage.local.get(null).then(JSON.stringify));
    const before = await stored();
    await options.waitForControl('textbox', 'Backup passphrase');
    const cases: [string, string, string][] = [
      [backup, 'wrong passphrase here', 'The password is not correct for this file.'],
      [backup.slice(0, 300), passphrase, 'This file is incomplete'],
      [backup.replace('"version": 1', '"version": 7'), passphrase, 'newer version'],
      ['{"accounts": []}', passphrase, 'not a backup or an export'],
    ];
    for (const [text, secret, message] of cases) {
      await chooseFile(options, 'Backup file', { name: 'backup.json', text });
      await options.fill('Backup passphrase', secret);
      await options.click('button', 'Restore');
      await options.waitForText(message);
    }
    // The same file again merges nothing: its one account is already here.
    await chooseFile(options, 'Backup file', { name: 'backup.json', text: backup });
    await options.fill('Backup passphrase', passphrase);
    await options.click('button', 'Restore');
    await options.waitForText('Already in this vault, left out: 1');
    expect(await stored()).toBe(before);
    await options.close();
  });
});
