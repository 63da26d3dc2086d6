import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { t } from '../../../shared/i18n';
import { flashBadge } from './badge';
import { fillOnTab } from './fill-on-tab';
import { popupFallback, reactionTo, type TriggerAttempt } from './trigger-reaction';

/** The manifest's `commands` key and the context-menu item's id. */
export const FILL_COMMAND = 'fill-code';
export const FILL_MENU_ITEM = 'fill-code';

/**
 * The keyboard command (suggested Alt+Shift+O, set by the user in the browser's shortcuts page) and
 * the context menu "Fill one-time code" on editable fields. Both are user gestures,
 * which grant `activeTab` on that tab. Registered synchronously at start-up, so the event
 * that woke the worker reaches its listener.
 */
export function watchFillTriggers() {
  browser.runtime.onInstalled.addListener(() => {
    void createMenuItem();
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === FILL_COMMAND) void fillFromTrigger(tab, 0);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === FILL_MENU_ITEM) void fillFromTrigger(tab, frameOf(info));
  });
}

/**
 * Created once per install or update (menu items persist in Chrome and in Firefox's event
 * pages, so a top-level create would fail as a duplicate on every wake-up).
 */
async function createMenuItem() {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create(
    { id: FILL_MENU_ITEM, title: t('menuFillCode'), contexts: ['editable'] },
    () => {
      // Reading lastError also keeps the browser from reporting it as unchecked.
      if (browser.runtime.lastError) console.warn('The context-menu item could not be created');
    },
  );
}

/** Only the top frame may get a code (DESIGN 4.3): a field in an embedded frame gets none. */
function frameOf(info: Menus.OnClickData): number {
  return info.frameId ?? 0;
}

async function fillFromTrigger(tab: Tabs.Tab | undefined, frameId: number) {
  const target = await withUrl(tab ?? (await activeTab()));
  if (target?.id === undefined) return;
  const attempt: TriggerAttempt =
    frameId === 0
      ? await fillOnTab({ tabId: target.id, url: target.url, accountId: null })
      : { status: 'subframe' };
  let reaction = reactionTo(attempt);
  if (reaction.kind === 'open-popup')
    reaction = (await openPopup()) ? { kind: 'none' } : popupFallback;
  if (reaction.kind === 'badge')
    await flashBadge(target.id, reaction.reason, reaction.substitutions);
}

/** The gesture granted `activeTab`, but a tab passed to a listener may predate the grant. */
async function withUrl(tab: Tabs.Tab | undefined): Promise<Tabs.Tab | undefined> {
  if (tab?.id === undefined || tab.url !== undefined) return tab;
  return browser.tabs.get(tab.id).catch(() => tab);
}

async function activeTab(): Promise<Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

/**
 * The popup, over the current window, where the user unlocks or picks an account and then
 * uses "Fill code on this page"; false where it cannot open. Chrome opens it from 127 on
 * without a gesture. Firefox opens it only while the command's or click's listener still runs
 * synchronously, which is over once we have read the vault: there the badge says to open it.
 * We never fill "the first" of several accounts instead: the wrong code is worse than none.
 */
async function openPopup(): Promise<boolean> {
  try {
    await browser.action.openPopup();
    return true;
  } catch {
    return false;
  }
}
