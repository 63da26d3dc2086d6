import { vi } from 'vitest';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { allowFirefoxOptionalPermissions } from './grant-host-access';
import type { BrowserSession } from './session';
import { uiTimeoutMs } from './test-page';

/*
 * TEST HARNESS ONLY. Clearing a copied code takes the optional `clipboardRead` permission, so
 * do the tests that read the clipboard from an extension page. They get it as a user does:
 * Options -> "Allow clearing the clipboard", with the browser's prompt answered beforehand
 * (support/grant-host-access.ts says how, in each browser).
 */

export const allowButton = 'Allow clearing the clipboard';
export const clipboardRead: chrome.permissions.Permissions = { permissions: ['clipboardRead'] };

/** A browser that will answer "Allow" when the extension asks for `clipboardRead`. */
export async function launchAllowingClipboardRead(
  kind: BrowserSession['name'],
): Promise<BrowserSession> {
  if (kind === 'chromium')
    return launchChromium(undefined, { allowedBeforehand: ['clipboardRead'] });
  const session = await launchFirefox();
  await allowFirefoxOptionalPermissions(session);
  return session;
}

/** Options -> "Allow clearing the clipboard", then waits until the browser granted it. */
export async function allowClipboardClearing(session: BrowserSession) {
  const options = await session.openExtensionPage('src/options/index.html');
  try {
    await options.click('button', allowButton);
    // vi.waitFor, not expect.poll: this runs in beforeAll hooks too.
    await vi.waitFor(
      async () => {
        const granted = await options.evaluate(
          (query) => chrome.permissions.contains(query),
          clipboardRead,
        );
        if (!granted) throw new Error('clipboardRead not granted yet');
      },
      { timeout: uiTimeoutMs, interval: 100 },
    );
  } finally {
    await options.close();
  }
}
