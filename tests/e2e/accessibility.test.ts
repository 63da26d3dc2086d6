import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { browsers } from './support/browsers';
import { addAccountByHand, createVault, passphrase } from './support/popup-journey';
import type { BrowserSession } from './support/session';
import type { TestPage } from './support/test-page';

// Issue 4: zero serious or critical axe-core violations in each popup state, on the options
// page and on Move to phone; every state reached by keyboard-free UI calls the user would make.
describe.each(browsers)('accessibility in $name', ({ launch }) => {
  let session: BrowserSession;
  let popup: TestPage;

  beforeAll(async () => {
    session = await launch();
    popup = await session.openPopup();
  });
  afterAll(async () => {
    await session.close();
  });

  const audit = async (page: TestPage = popup) => {
    expect(await seriousAxeViolations(page)).toEqual([]);
  };

  it('first run', async () => {
    await popup.waitForControl('button', 'Create vault');
    await audit();
  });

  it('empty list', async () => {
    await createVault(popup);
    await audit();
  });

  it('add account form', async () => {
    await popup.click('button', 'Add account');
    await popup.waitForControl('textbox', 'Secret key');
    await audit();
    await popup.click('button', 'Cancel');
  });

  it('list with accounts', async () => {
    await addAccountByHand(popup, {
      secret: 'JBSWY3DPEHPK3PXP',
      issuer: 'Sonar',
      account: '101@organization.com',
    });
    await audit();
  });

  it('edit form', async () => {
    await popup.click('button', 'Edit Sonar 101@organization.com');
    await popup.waitForControl('button', 'Save');
    await audit();
    await popup.click('button', 'Cancel');
  });

  it('move to phone, before and after the passphrase', async () => {
    const page = await session.openExtensionPage('src/export/move-to-phone.html');
    await page.waitForControl('button', 'Show QR codes');
    await audit(page);
    await page.fill('Passphrase', passphrase);
    await page.click('button', 'Show QR codes');
    await page.waitForText('QR 1 of 1');
    await audit(page);
    await page.close();
  });

  it('locked', async () => {
    await popup.click('button', 'Lock');
    await popup.waitForControl('button', 'Unlock');
    await audit();
  });

  it('options page', async () => {
    const options = await session.openExtensionPage('src/options/index.html');
    await options.waitForText('Passphrase');
    // With the note and button shown without clipboard access (the default delay is set).
    await options.waitForText('Copied codes stay on the clipboard');
    await audit(options);
    await options.close();
  });
});
