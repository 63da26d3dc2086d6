import QRCode from 'qrcode';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  coverHost,
  forgeClicks,
  hideHost,
  impersonateExtension,
  readHost,
  unwrapHost,
} from '../fixtures/hostile/attacks';
import { startHostileSite, type HostileSite } from '../fixtures/hostile/server';
import { browsers } from './support/browsers';
import type { InPageUi } from './support/closed-shadow';
import { expectDuring, expectNoChannel, topFrameRecords } from './support/hostile-leaks';
import { hostileTabs, uniqueLabel } from './support/hostile-pages';
import {
  accountsOf,
  insertQr,
  insightsAcknowledgement,
  randomSecret,
} from './support/hostile-setup';
import { clickAt, closedShadowTexts } from './support/hostile-shadow';
import { covers, hidings } from './support/hostile-scenarios';
import { createVault } from './support/popup-journey';
import type { BrowserSession } from './support/session';
import type { TestPage } from './support/test-page';

// Issue 6, deliverable 4: the in-page UI reacts only to the user's own input and cannot be
// read by the page. Here on the enrollment prompt ("Save to Authenticator", issue 5), shown by
// a page that matches the demo build's portal patterns (127.0.0.1, another port) around a QR
// code of its own: a forged, covered or hidden click must neither tick the Insights box nor
// save. The "Fill code" control gets the same attacks in hostile.test.ts.

const qr = '.hostile-qr';
const promptWords = ['Save to Authenticator', 'Authenticator found a two-factor QR code'];

describe.each(browsers)('the enrollment prompt against hostile pages in $name', ({ launch }) => {
  let session: BrowserSession;
  let extensionPage: TestPage;
  let qrSite: HostileSite;
  /** Another portal-matched origin (127.0.0.1, a third port): "another site" for twins. */
  let otherSite: HostileSite;
  const tabs = hostileTabs(() => session);

  beforeAll(async () => {
    [session, qrSite, otherSite] = await Promise.all([
      launch(),
      startHostileSite('127.0.0.1'),
      startHostileSite('127.0.0.1'),
    ]);
    extensionPage = await session.openPopup();
    await createVault(extensionPage);
  });
  afterEach(() => tabs.closeAll());
  afterAll(async () => {
    await Promise.all([session.close(), qrSite.close(), otherSite.close()]);
  });

  const accountCount = async () => (await accountsOf(extensionPage)).length;

  async function promptPage(
    uri = `otpauth://totp/Evil:victim%40organization.com?secret=${randomSecret()}&issuer=Evil`,
    site = qrSite,
    name = 'blank',
  ) {
    const page = await tabs.open(site.pageUrl(name, { label: uniqueLabel('qr') }));
    await insertQr(page, await QRCode.toDataURL(uri, { margin: 4, scale: 6 }), 'hostile-qr');
    const prompt = page.inPageUi(qr);
    await prompt.waitForControl('button', 'Save to Authenticator');
    return { page, prompt };
  }

  /** Nothing saved, the box as it was, Save still offered: for the whole quiet window. */
  const unchanged = (prompt: InPageUi, before: number, ticked: boolean, windowMs?: number) =>
    expectDuring(async () => {
      expect(await prompt.text()).not.toContain('Saved.');
      expect(await accountCount()).toBe(before);
      expect(await prompt.waitForControl('checkbox', insightsAcknowledgement)).toMatchObject({
        checked: ticked,
      });
    }, windowMs);

  it('ignores clicks and keys the page forges; the user’s own click counts', async () => {
    const before = await accountCount();
    const { page, prompt } = await promptPage();
    expect(await page.evaluate(forgeClicks, qr)).toEqual({
      openShadowRoot: false,
      hitTags: ['div'],
    });
    await unchanged(prompt, before, false);
    await prompt.click('checkbox', insightsAcknowledgement);
    expect(await prompt.waitForControl('button', 'Save to Authenticator')).toMatchObject({
      disabled: false,
    });
    await page.evaluate(forgeClicks, qr);
    await unchanged(prompt, before, true);
  });

  it.each(covers)('a real click through a %s cover over Save saves nothing', async (cover) => {
    const before = await accountCount();
    const { page, prompt } = await promptPage();
    await prompt.click('checkbox', insightsAcknowledgement);
    await page.evaluate(coverHost, [qr, cover] as const);
    await prompt.click('button', 'Save to Authenticator');
    await unchanged(prompt, before, true);
    // Control: without the cover, the same click saves.
    await page.evaluate(() => document.getElementById('hostile-cover')?.remove());
    await prompt.click('button', 'Save to Authenticator');
    await prompt.waitForText('Saved.');
  });

  it.each(hidings)(
    'a real click on Save made invisible by the page (%s) saves nothing',
    async (how) => {
      const before = await accountCount();
      const { page, prompt } = await promptPage();
      await prompt.click('checkbox', insightsAcknowledgement);
      const save = await prompt.waitForControl('button', 'Save to Authenticator');
      await page.evaluate(hideHost, [qr, how] as const);
      await clickAt(session, page, save.x, save.y);
      await expectDuring(async () => {
        expect(await accountCount()).toBe(before);
      });
      // The test finds the prompt next to the QR code: a wrapper the page added goes first.
      await page.evaluate(unwrapHost);
      await unchanged(prompt, before, true, 0);
    },
  );

  it('page script cannot read the prompt, nor see inside it what the user clicks', async () => {
    const { page, prompt } = await promptPage();
    // Control: a debugger sees the prompt's words.
    expect((await closedShadowTexts(session, page)).join(' ')).toContain('Save to Authenticator');
    const reading = await page.evaluate(readHost, qr);
    expect(reading).toMatchObject({ openShadowRoot: false, animationTargetsInShadow: 0 });
    for (const word of promptWords) {
      expect(reading.texts.filter((text) => text.includes(word))).toEqual([]);
    }
    await prompt.click('textbox', 'Account name');
    const records = await topFrameRecords(page);
    const seen = records.map((record) => record.text);
    // The page's world never saw a shadow root being made (the spy's own markup aside).
    expect(records.filter((record) => record.kind === 'note')).toEqual([]);
    for (const word of promptWords) {
      expect(seen.filter((text) => text.includes(word))).toEqual([]);
    }
    // The page's listeners saw the click, retargeted to the host: nothing inside it.
    const clicks = seen.filter(
      (text) => text.startsWith('click ') && text.includes('trusted=true'),
    );
    expect(clicks.length).toBeGreaterThan(0);
    for (const click of clicks) expect(click).toMatch(/^click target=div trusted=true path=div>/);
  });

  it('messages and attributes posing as the extension do nothing; the page has no channel to it', async () => {
    const before = await accountCount();
    const { page, prompt } = await promptPage();
    const { outcomes } = await page.evaluate(impersonateExtension, [
      session.extensionBaseUrl,
      session.extensionId,
    ] as const);
    expectNoChannel(outcomes);
    await unchanged(prompt, before, false);
  });

  it('a key stored for another site: the page is not told, and nothing is bound without the user', async () => {
    const secret = randomSecret();
    const uri = `otpauth://totp/Evil:twin%40organization.com?secret=${secret}&issuer=Evil`;
    const originsOfTwin = async () =>
      (await accountsOf(extensionPage))
        .filter((entry) => entry.account === 'twin@organization.com')
        .map((entry) => entry.origins);
    // The user saved it on another site.
    const first = await promptPage(uri, otherSite);
    await first.prompt.click('checkbox', insightsAcknowledgement);
    await first.prompt.click('button', 'Save to Authenticator');
    await first.prompt.waitForText('Saved.');
    expect(await originsOfTwin()).toEqual([[otherSite.origin]]);

    // This page shows the same key: it is not said to be stored (the page could learn it).
    const { page, prompt } = await promptPage(uri);
    expect(await prompt.text()).not.toContain('already in Authenticator');
    await prompt.click('checkbox', insightsAcknowledgement);
    await prompt.click('button', 'Save to Authenticator');
    // Only after the user's Save: a question naming the account and this site.
    const site = new URL(qrSite.origin).host;
    await prompt.waitForText(
      `“Evil: twin@organization.com” is already in Authenticator, for another site. Allow it on this site (${site}) too?`,
    );
    await prompt.waitForControl('button', 'Allow on this site');
    // The page cannot answer for the user.
    await page.evaluate(forgeClicks, qr);
    await expectDuring(async () => {
      expect(await originsOfTwin()).toEqual([[otherSite.origin]]);
    });
    await prompt.click('button', 'Don’t allow');
    await prompt.waitForText('Nothing was changed');
    expect(await originsOfTwin()).toEqual([[otherSite.origin]]);

    // Asked again, the user allows it: this origin is added, and nothing else changes.
    const again = await promptPage(uri);
    await again.prompt.click('checkbox', insightsAcknowledgement);
    await again.prompt.click('button', 'Save to Authenticator');
    await again.prompt.click('button', 'Allow on this site');
    await again.prompt.waitForText('This account can now be used on this site.');
    expect(await originsOfTwin()).toEqual([[otherSite.origin, qrSite.origin]]);
  });

  it('elements named like the extension’s API (browser, chrome) do not stop the capture', async () => {
    // Chromium may expose `<div id="browser">` and the like as window properties, also in a
    // content script; the extension takes its API by a name fixed per build (shared/webext.ts).
    // In Chromium 156 an `<iframe name="browser">` present when the content script's world is
    // made leaves that world without `chrome.runtime`: the script starts at document_start.
    const { page, prompt } = await promptPage(undefined, qrSite, 'named-globals');
    expect(
      await page.evaluate(() => Object.prototype.toString.call(Reflect.get(window, 'browser'))),
    ).not.toBe('[object Undefined]');
    await prompt.click('checkbox', insightsAcknowledgement);
    await prompt.click('button', 'Save to Authenticator');
    await prompt.waitForText('Saved.');
  });
});
