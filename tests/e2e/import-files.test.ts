import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type RunningPortal } from '../fixtures/portal/server';
import { writeAegisEncrypted } from '../unit/formats/support/writers';
import { browsers } from './support/browsers';
import { chooseFile } from './support/choose-file';
import { createVault, passphrase, shownCode } from './support/popup-journey';
import { keepSavedFiles, lastSavedFile } from './support/saved-files';
import { enterSignInCode, portalState } from './support/portal-journey';
import type { BrowserSession } from './support/session';
import { alex, sam, signIn } from './support/sign-in-journey';
import { uiTimeoutMs, type TestPage } from './support/test-page';

// Accounts brought from other authenticators through Options -> Import accounts: an encrypted
// Aegis vault and a Bitwarden JSON export, each holding a demo-portal user's real secret. The
// portal's server accepts the codes the popup then shows for them.
const secrets = {
  alex: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXA',
  sam: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
};
const aegisPassword = 'aegis export password';

function aegisFile(entries: readonly { name: string; secret: string }[]) {
  return writeAegisEncrypted(
    {
      version: 1,
      entries: entries.map(({ name, secret }) => ({
        type: 'totp',
        uuid: crypto.randomUUID(),
        name,
        issuer: 'Sonar',
        note: '',
        icon: null,
        info: { secret, algo: 'SHA1', digits: 6, period: 30 },
      })),
    },
    [{ password: aegisPassword }],
  );
}

const bitwardenFile = JSON.stringify({
  encrypted: false,
  folders: [],
  items: [
    {
      id: 'a',
      type: 1,
      name: 'Sonar',
      notes: null,
      login: { username: sam.login, totp: secrets.sam, uris: [] },
    },
    {
      id: 'b',
      type: 1,
      name: 'Mail',
      notes: null,
      login: { username: 'me', password: 'x', totp: null },
    },
  ],
});

describe.each(browsers)('importing other apps’ exports in $name', ({ launch }) => {
  let portal: RunningPortal;
  let session: BrowserSession;
  let options: TestPage;

  beforeAll(async () => {
    [portal, session] = await Promise.all([startPortal(), launch()]);
    const popup = await session.openPopup();
    await createVault(popup);
    await popup.close();
    for (const [who, secret] of [
      [alex, secrets.alex],
      [sam, secrets.sam],
    ] as const) {
      const response = await fetch(`${portal.url}/__test__/enable-mfa`, {
        method: 'POST',
        body: JSON.stringify({ login: who.login, secret }),
      });
      if (!response.ok) throw new Error(`enable-mfa: HTTP ${response.status}`);
    }
    options = await session.openExtensionPage('src/options/index.html');
    await options.waitForControl('textbox', 'File password');
  });
  afterAll(async () => {
    await Promise.all([session.close(), portal.close()]);
  });

  const stored = () => options.evaluate(() => chrome.storage.local.get(null).then(JSON.stringify));

  async function importFile(name: string, text: string, password: string) {
    await chooseFile(options, 'Import file', { name, text });
    await options.fill('File password', password);
    await options.click('button', 'Import accounts');
  }

  it('refuses bad files by name and writes nothing', async () => {
    const before = await stored();
    const good = await aegisFile([{ name: alex.login, secret: secrets.alex }]);
    const cases: [string, string, string, string][] = [
      ['aegis.json', good, 'wrong password', 'The password is not correct for this file.'],
      ['aegis.json', good.slice(0, good.length - 40), aegisPassword, 'This file is incomplete'],
      ['aegis.json', good.replace('"version":1', '"version":9'), aegisPassword, 'newer version'],
      ['notes.txt', 'my shopping list', '', 'not a backup or an export'],
    ];
    for (const [name, text, password, message] of cases) {
      await importFile(name, text, password);
      await options.waitForText(message);
    }
    expect(await stored()).toBe(before);
  });

  it('names a bad entry among good ones, and stores nothing until Save', async () => {
    const before = await stored();
    const file = await aegisFile([
      { name: 'first@organization.com', secret: 'MFRGGZDFMZTWQ2LKNNWG23TPOA' },
      { name: 'broken@organization.com', secret: 'not base32 !!' },
      { name: 'third@organization.com', secret: 'MFRGGZDFMZTWQ2LKNNWG23TPOB' },
    ]);
    await importFile('aegis-export.json', file, aegisPassword);
    await options.waitForText('Sonar (broken@organization.com)');
    await options.waitForControl('checkbox', 'Sonar first@organization.com');
    expect(await stored()).toBe(before);
    await options.click('button', 'Cancel');
    await options.waitForControl('textbox', 'File password');
  });

  it('imports an encrypted Aegis vault and a Bitwarden export: the portal accepts their codes', async () => {
    await importFile(
      'aegis-export.json',
      await aegisFile([{ name: alex.login, secret: secrets.alex }]),
      aegisPassword,
    );
    await options.click('button', 'Save');
    await options.waitForText('saved');
    await importFile('bitwarden_export.json', bitwardenFile, '');
    await options.click('button', 'Save');
    await options.waitForText('saved');

    const popup = await session.openPopup();
    for (const who of [alex, sam]) {
      await popup.waitForControl('listitem', `Sonar ${who.login}`);
      const code = await shownCode(popup, `Sonar ${who.login}`);
      expect(code).toMatch(/^\d{6}$/);
      const before = await portalState(portal, who.login);
      const page = await session.newPage();
      await signIn(page, portal.url, who, 'single');
      await enterSignInCode(page, (await shownCode(popup, `Sonar ${who.login}`)) ?? '', 'single');
      await expect
        .poll(async () => (await portalState(portal, who.login)).acceptedCodes, {
          timeout: uiTimeoutMs,
        })
        .toBe(before.acceptedCodes + 1);
      // Closed once the portal's next page is in: Chromium can take a minute to close a tab
      // that is still navigating.
      await page.waitForText('My Account');
      await page.close();
    }
    await popup.close();
  });

  it('exports every account unencrypted only after the warning and the passphrase', async () => {
    await options.evaluate(keepSavedFiles);
    await options.waitForControl('checkbox', 'I understand the file is not encrypted');
    await options.click('checkbox', 'I understand the file is not encrypted');
    const field = 'Vault passphrase';
    await options.fill(field, 'not my passphrase');
    await options.click('button', 'Export accounts');
    await options.waitForText('This passphrase is not correct');
    await options.fill(field, passphrase);
    await options.click('button', 'Export accounts');
    await options.waitForText('Delete it once your accounts are in the other app.');
    const text = await options.evaluate(lastSavedFile);
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(text).toContain(`secret=${secrets.alex}`);
    expect(text).toContain(`secret=${secrets.sam}`);
  });
});
