import browser from 'webextension-polyfill';
import { t, type MessageKey } from '../../../shared/i18n';

/** Long enough to be noticed after a key press, short enough not to linger on the tab. */
const SHOWN_MS = 6000;
const BADGE_TEXT = '!';

/**
 * A problem with a keyboard or context-menu fill, shown on the toolbar button of
 * that tab only: a "!" badge, and the reason as the button's tooltip, then both reset. The
 * service worker outlives the timer (it stays up 30 s after an event); if it did not, the
 * tab's badge would simply stay until the tab navigates.
 */
export async function flashBadge(
  tabId: number,
  reason: MessageKey,
  substitutions: string[],
): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: BADGE_TEXT }),
    browser.action.setTitle({ tabId, title: t(reason, ...substitutions) }),
  ]);
  setTimeout(() => {
    void resetBadge(tabId);
  }, SHOWN_MS);
}

async function resetBadge(tabId: number) {
  // The tab may be gone by now: nothing to reset then.
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: t('extensionName') }),
  ]).catch(() => undefined);
}
