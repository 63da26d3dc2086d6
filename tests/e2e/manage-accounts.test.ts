import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './support/browsers';
import { addAccountByHand, createVault } from './support/popup-journey';
import type { BrowserSession } from './support/session';
import type { TestPage } from './support/test-page';

// Issue 4: edit, delete with confirmation and undo, and keyboard reordering, in the real popup.
describe.each(browsers)('managing accounts in $name', ({ launch }) => {
  let session: BrowserSession;
  let popup: TestPage;
  const rowNames = () =>
    popup.evaluate(() =>
      [...document.querySelectorAll('li[aria-label]')].map((row) => row.getAttribute('aria-label')),
    );

  beforeAll(async () => {
    session = await launch();
    popup = await session.openPopup();
    await createVault(popup);
    await addAccountByHand(popup, {
      secret: 'JBSWY3DPEHPK3PXP',
      issuer: 'Sonar',
      account: '101@organization.com',
    });
    await addAccountByHand(popup, {
      secret: 'GEZDGNBVGY3TQOJQ',
      issuer: 'GitHub',
      account: 'octocat',
    });
  });
  afterAll(async () => {
    await session.close();
  });

  it('edits an account name', async () => {
    await popup.click('button', 'Edit Sonar 101@organization.com');
    await popup.fill('Issuer', 'Sonar office');
    await popup.click('button', 'Save');
    await popup.waitForControl('listitem', 'Sonar office 101@organization.com');
    expect(await rowNames()).toEqual(['Sonar office 101@organization.com', 'GitHub octocat']);
  });

  it('moves an account up with Alt+ArrowUp', async () => {
    await popup.click('listitem', 'GitHub octocat');
    await popup.press('Alt+ArrowUp');
    await expect.poll(rowNames).toEqual(['GitHub octocat', 'Sonar office 101@organization.com']);
    // The order is stored: a new popup shows it too.
    const reopened = await session.openPopup();
    await reopened.waitForControl('listitem', 'GitHub octocat');
    expect(
      await reopened.evaluate(() =>
        [...document.querySelectorAll('li[aria-label]')].map((row) =>
          row.getAttribute('aria-label'),
        ),
      ),
    ).toEqual(['GitHub octocat', 'Sonar office 101@organization.com']);
    await reopened.close();
  });

  it('deletes after confirmation, and undo brings the account back in place', async () => {
    await popup.click('button', 'Edit GitHub octocat');
    await popup.click('button', 'Delete account');
    await popup.click('button', 'Delete');
    await expect.poll(rowNames).toEqual(['Sonar office 101@organization.com']);
    await popup.click('button', 'Undo');
    await expect.poll(rowNames).toEqual(['GitHub octocat', 'Sonar office 101@organization.com']);
  });
});
