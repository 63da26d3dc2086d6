import browser, { type Tabs } from 'webextension-polyfill';
import { originOf } from '../../core/origin';
import { pixelsOf } from '../qr/decode-image';
import { createCaptureThrottle } from './capture-throttle';
import { decodeScreenshot } from './decode-screenshot';
import { drawnByPage } from './drawn-by-page';
import { findQrCandidates, readPageScan, scanRules, type PageScan } from './page-scanner';
import { checkScannablePage, type UnscannableReason } from './scannable-page';

export type TabScan =
  | {
      readonly kind: 'found';
      readonly text: string;
      readonly origin: string | null;
      readonly url: string;
      /** The code was drawn by the page's own document, not another site's frame in it. */
      readonly drawnByPage: boolean;
    }
  | { readonly kind: 'no-code' }
  | { readonly kind: 'unscannable'; readonly reason: UnscannableReason | 'tab-changed' };

const throttled = createCaptureThrottle();

/**
 * "Scan QR code on this page": the active tab (or, in test builds only, the tab
 * named by id) is screenshot with tabs.captureVisibleTab, which needs the `activeTab` grant
 * that opening the popup gives (DESIGN 3); a small injected scanner says where QR-like
 * elements are, so codes found there are decoded first (decode-screenshot.ts).
 */
export async function scanTab(tabId: number | null): Promise<TabScan> {
  const tab = await targetTab(tabId);
  if (tab?.id === undefined || tab.windowId === undefined) return unscannable('no-access');
  const page = checkScannablePage(tab.url, await fileAccess(tab.url));
  if (!page.ok) return unscannable(page.reason);
  const { id, windowId } = tab;
  // Side by side: the layout and the screenshot describe the same moment.
  const [layout, screenshot] = await Promise.all([
    pageLayout(id),
    throttled(() => browser.tabs.captureVisibleTab(windowId, { format: 'png' })).catch(() => null),
  ]);
  if (screenshot === null) return unscannable('no-access');
  const url = tab.url ?? '';
  // The accounts will be bound to this page's origin: it must still be the page we captured.
  if (!(await stillShowing(id, url))) return unscannable('tab-changed');
  const image = await pixelsOf(screenshot);
  const found = decodeScreenshot(image, layout);
  if (!found) return { kind: 'no-code' };
  return {
    kind: 'found',
    text: found.text,
    origin: page.origin,
    url,
    drawnByPage: drawnByPage(found.location, image.width, layout),
  };
}

async function targetTab(tabId: number | null): Promise<Tabs.Tab | undefined> {
  if (tabId === null) {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab;
  }
  // captureVisibleTab shows a window's active tab: any other would not be what we bind to.
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.active ? tab : undefined;
}

function fileAccess(url: string | undefined): Promise<boolean> {
  if (!url?.startsWith('file:')) return Promise.resolve(false);
  return browser.extension.isAllowedFileSchemeAccess();
}

/**
 * Where the QR-like elements and other sites' frames are; null when the page cannot be
 * scripted (the screenshot alone, and nothing bound).
 */
async function pageLayout(tabId: number): Promise<PageScan | null> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: findQrCandidates,
      args: [scanRules],
    });
    return readPageScan(injection?.result);
  } catch {
    return null;
  }
}

async function stillShowing(tabId: number, url: string): Promise<boolean> {
  const now = await browser.tabs.get(tabId).catch(() => undefined);
  if (!now?.active || now.url === undefined) return false;
  const origin = originOf(url);
  return origin === null ? now.url === url : originOf(now.url) === origin;
}

function unscannable(reason: UnscannableReason | 'tab-changed'): TabScan {
  return { kind: 'unscannable', reason };
}
