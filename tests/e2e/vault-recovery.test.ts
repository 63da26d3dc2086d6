import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './support/browsers';
import { createVault, passphrase, sendFromExtensionPage } from './support/popup-journey';
import type { BrowserSession } from './support/session';
import type { TestPage } from './support/test-page';

// Issue 4 / DESIGN 4.7: each write keeps the previous good generation. When the newest one is
// damaged on disk, whether its structure or only its ciphertext, unlocking opens the previous
// generation and says so; nothing is rewritten until the user changes something.
describe.each(browsers)('vault recovery from the previous generation in $name', ({ launch }) => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session.close();
  });

  const damages = {
    'a ciphertext with flipped bits': (stored: Record<string, unknown>) => {
      const ciphertext = String(stored.ciphertext);
      const flipped = ciphertext.startsWith('A') ? 'B' : 'A';
      return { ...stored, ciphertext: `${flipped}${ciphertext.slice(1)}` };
    },
    'an envelope that is no longer one': () => ({ truncated: true }),
  };

  it.each(Object.keys(damages))('opens the previous generation after %s', async (damage) => {
    const popup = await session.openPopup();
    await createVault(popup);
    for (const issuer of ['Older', 'Newer']) {
      const added = await sendFromExtensionPage(popup, 'vault/add', {
        kind: 'uri',
        uri: `otpauth://totp/${issuer}:alex?secret=JBSWY3DPEHPK3PXP&issuer=${issuer}`,
      });
      expect(added).toMatchObject({ ok: true });
    }
    await sendFromExtensionPage(popup, 'vault/lock', null);
    await damageNewestGeneration(popup, damage as keyof typeof damages);

    await popup.goto(session.popupUrl);
    await popup.fill('Passphrase', passphrase);
    await popup.click('button', 'Unlock');
    await popup.waitForControl('listitem', 'Older alex');
    await popup.waitForText('The last saved copy of your vault was damaged');
    expect(await popup.visibleText()).not.toContain('Newer');

    // The next change is stored over the damaged generation, and the warning goes away.
    const added = await sendFromExtensionPage(popup, 'vault/add', {
      kind: 'uri',
      uri: 'otpauth://totp/Again:alex?secret=JBSWY3DPEHPK3PXP&issuer=Again',
    });
    expect(added).toMatchObject({ ok: true });
    const overview = await sendFromExtensionPage(popup, 'vault/overview', null);
    expect(overview).toMatchObject({ ok: true, value: { recovered: false } });
    await popup.close();
    await resetVault();
  });

  async function damageNewestGeneration(page: TestPage, damage: keyof typeof damages) {
    const stored = await page.evaluate(
      async () => (await chrome.storage.local.get('vault')).vault as Record<string, unknown>,
    );
    await page.evaluate(
      async (vault) => chrome.storage.local.set({ vault }),
      damages[damage](stored),
    );
  }

  async function resetVault() {
    const page = await session.openExtensionPage('src/options/index.html');
    await sendFromExtensionPage(page, 'vault/lock', null);
    await page.evaluate(() => chrome.storage.local.clear());
    await page.close();
  }
});
