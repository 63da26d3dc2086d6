import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type RunningPortal } from '../fixtures/portal/server';
import { browsers } from './support/browsers';
import type { BrowserSession } from './support/session';
import { startUnrelatedSite } from './support/unrelated-site';

describe.each(browsers)('extension in $name', ({ launch }) => {
  let session: BrowserSession;
  let portal: RunningPortal;
  let unrelated: Awaited<ReturnType<typeof startUnrelatedSite>>;

  beforeAll(async () => {
    [portal, unrelated, session] = await Promise.all([
      startPortal(),
      startUnrelatedSite(),
      launch(),
    ]);
  });
  afterAll(async () => {
    await Promise.all([session.close(), portal.close(), unrelated.close()]);
  });

  it('loads, and its popup renders with answers from the background', async () => {
    const popup = await session.openPopup();
    await popup.waitForText('Version 0.1.0');
    const text = await popup.visibleText();
    expect(text).toContain('Authenticator');
    expect(text).toContain('This page is not a portal the extension knows.');
    await popup.close();
  });

  it('runs its content script on the portal and not on an unrelated origin', async () => {
    const unrelatedPage = await session.newPage();
    await unrelatedPage.goto(unrelated.url);
    await unrelatedPage.waitForText('An unrelated site');

    // Loaded after the unrelated page, so once the portal's content script has reported, an
    // unrelated one would have had the same time to run (document_idle) and report too.
    const portalPage = await session.newPage();
    await portalPage.goto(`${portal.url}/login`);
    await expect.poll(() => session.contentScriptRanIn(portalPage), { timeout: 10_000 }).toBe(true);
    expect(await session.contentScriptRanIn(unrelatedPage)).toBe(false);

    await Promise.all([unrelatedPage.close(), portalPage.close()]);
  });
});
