import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { createVault, sendFromExtensionPage, shownCode } from './support/popup-journey';

// Issue 4 / DESIGN 4.2: the unlocked state survives the browser stopping an idle worker.
describe('vault across a service worker restart in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session.close();
  });

  it('stays unlocked and shows right codes after stopAllWorkers', async () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const popup = await session.openPopup();
    await createVault(popup);
    const added = await sendFromExtensionPage(popup, 'vault/add', {
      kind: 'uri',
      uri: `otpauth://totp/Sonar:101%40organization.com?secret=${secret}&issuer=Sonar`,
    });
    expect(added).toMatchObject({ ok: true });
    await popup.close();

    await session.stopServiceWorkers();

    const reopened = await session.openPopup();
    await reopened.waitForControl('listitem', 'Sonar 101@organization.com');
    const shown = await shownCode(reopened, 'Sonar 101@organization.com');
    // The code of this step, or of a neighbour if a period ended while we looked.
    const step = Math.floor(Date.now() / 30_000);
    const expected = await Promise.all(
      [-1, 0, 1].map((offset) => generate({ secret, epoch: (step + offset) * 30 })),
    );
    expect(expected).toContain(shown);
    await reopened.close();
  });
});
