import { generateSync } from 'otplib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptSender } from '../../../src/background/sender';
import type { VaultEntry } from '../../../src/core/vault';
import type { FillOutcome } from '../../../src/content/fill-on-demand-protocol';
import type { FillGrant, FillOnPageResult } from '../../../src/shared/messages';
import { entry, SECRET } from './entries';

// Issue 6: "Fill code on this page" and the command/menu path, with the browser, the vault
// and the page replaced by fakes. The fake page asks for its code through the real grant
// handler, with the sender the browser would stamp, as the injected filler does.
interface FakeWorld {
  state: 'none' | 'locked' | 'unlocked';
  entries: VaultEntry[];
  settings: { copyAfterFill: boolean; clipboardClearSeconds: number };
  tab: { id: number; active: boolean; url?: string };
  /** Who the page's filler is, as the browser stamps it; null: a page with no code field. */
  page: Pick<ContentScriptSender, 'origin' | 'isTopFrame' | 'isSecureContext'> | null;
  asked: (FillGrant | 'refused')[];
  cleared: [string, number][];
  /** Codes the background wrote to the clipboard itself. */
  copied: string[];
  /** The page's own clipboard write is refused (no activation in it). */
  pageCopyRefused: boolean;
  lockListeners: (() => void)[];
}
const fake = vi.hoisted((): FakeWorld => ({
  state: 'unlocked',
  entries: [],
  settings: { copyAfterFill: false, clipboardClearSeconds: 30 },
  tab: { id: 5, active: true },
  page: null,
  asked: [],
  cleared: [],
  copied: [],
  pageCopyRefused: false,
  lockListeners: [],
}));
vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.mock('../../../src/background/vault/vault-service', () => ({
  onLock: (listener: () => void) => fake.lockListeners.push(listener),
  vaultState: () => Promise.resolve(fake.state),
  vaultData: () => Promise.resolve({ data: { schemaVersion: 1, entries: fake.entries } }),
}));
vi.mock('../../../src/background/settings', () => ({
  settingsItem: { get: () => Promise.resolve(fake.settings) },
}));
vi.mock('../../../src/background/clipboard', () => ({
  scheduleClipboardClear: (code: string, seconds: number) => {
    fake.cleared.push([code, seconds]);
    return Promise.resolve();
  },
  copyThenScheduleClear: (code: string, seconds: number) => {
    fake.copied.push(code);
    fake.cleared.push([code, seconds]);
    return Promise.resolve();
  },
}));
vi.mock('../../../src/background/fill-command/target-tab', () => ({
  fillTargetTab: (tabId: number | null) =>
    Promise.resolve(tabId === null || tabId === fake.tab.id ? fake.tab : undefined),
}));
vi.mock('../../../src/background/fill-command/inject-filler', () => ({
  runFiller: (tabId: number) => pageAsksForItsCode(tabId),
}));

const { fillGrantHandlers, fillPopupHandlers } =
  await import('../../../src/background/fill-command/fill-command-handlers');
const { fillOnTab } = await import('../../../src/background/fill-command/fill-on-tab');

const origin = 'https://portal.example.com';
const now = 1_700_000_015_000; // mid-period: no wait for the rollover
const expectedCode = generateSync({ secret: SECRET, epoch: now / 1000, period: 30, digits: 6 });

/** The injected filler: asks once, fills what it gets (or reports it got nothing). */
async function pageAsksForItsCode(tabId: number): Promise<FillOutcome> {
  if (!fake.page) return { status: 'no-field' };
  const sender: ContentScriptSender = {
    kind: 'content-script',
    tabId,
    frameId: fake.page.isTopFrame ? 0 : 3,
    url: `${fake.page.origin}/login`,
    ...fake.page,
  };
  const handler = fillGrantHandlers['fill/granted-code'];
  try {
    const grant = await handler.handle(handler.parse(null), sender);
    fake.asked.push(grant);
    return { status: 'filled', copied: grant.copy && !fake.pageCopyRefused };
  } catch {
    fake.asked.push('refused');
    return { status: 'denied' };
  }
}

function popupFill(payload: unknown = { accountId: null }): Promise<FillOnPageResult> {
  const handler = fillPopupHandlers['fill/active-tab'];
  const popup = { kind: 'extension-page', url: 'chrome-extension://x/', tabId: null } as const;
  return Promise.resolve(handler.handle(handler.parse(payload), popup));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  vi.stubGlobal('__TEST_HOOKS__', false);
  Object.assign(fake, {
    state: 'unlocked',
    entries: [entry('alice', [origin]), entry('carol', ['https://weather.test'])],
    settings: { copyAfterFill: false, clipboardClearSeconds: 30 },
    tab: { id: 5, active: true, url: `${origin}/login` },
    page: { origin, isTopFrame: true, isSecureContext: true },
    asked: [],
    cleared: [],
    copied: [],
    pageCopyRefused: false,
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('fill on demand from the popup', () => {
  it("gives the page's top frame the bound account's current code, once", async () => {
    expect(await popupFill()).toEqual({ status: 'filled', copyCode: null });
    expect(fake.asked).toEqual([{ code: expectedCode, copy: false }]);
    // The grant is used up: the same frame asking again gets nothing.
    expect(await pageAsksForItsCode(5)).toEqual({ status: 'denied' });
  });

  it('hands the popup the code to copy when "Also copy the code after filling" is on', async () => {
    fake.settings.copyAfterFill = true;
    expect(await popupFill()).toEqual({ status: 'filled', copyCode: expectedCode });
    // The popup has the focus and copies it; the page does not.
    expect(fake.asked).toEqual([{ code: expectedCode, copy: false }]);
  });

  it('offers the accounts bound to the page by name when there are several, no codes', async () => {
    fake.entries = [entry('alice', [origin]), entry('bob', [origin], 'Other')];
    const result = await popupFill();
    expect(result).toEqual({
      status: 'choose',
      accounts: [
        { id: 'alice', issuer: 'Example', account: 'alice@example.com' },
        { id: 'bob', issuer: 'Other', account: 'bob@example.com' },
      ],
    });
    expect(JSON.stringify(result)).not.toContain(expectedCode);
    expect(fake.asked).toEqual([]);
    expect(await popupFill({ accountId: 'bob' })).toMatchObject({ status: 'filled' });
  });

  it('never offers or fills an account bound to another origin', async () => {
    expect(await popupFill({ accountId: 'carol' })).toEqual({ status: 'no-account', origin });
    fake.entries = [entry('carol', ['https://weather.test'])];
    expect(await popupFill()).toEqual({ status: 'no-account', origin });
    expect(fake.asked).toEqual([]);
  });

  it('gives nothing to a page that left the origin before asking', async () => {
    fake.page = {
      origin: 'https://portal.example.com.evil.test',
      isTopFrame: true,
      isSecureContext: true,
    };
    expect(await popupFill()).toEqual({ status: 'unavailable' });
    expect(fake.asked).toEqual(['refused']);
  });

  it('gives nothing to an embedded frame', async () => {
    fake.page = { origin, isTopFrame: false, isSecureContext: true };
    expect(await popupFill()).toEqual({ status: 'unavailable' });
    expect(fake.asked).toEqual(['refused']);
  });

  it('says the vault is locked, for the popup to show its unlock view', async () => {
    fake.state = 'locked';
    await expect(popupFill()).rejects.toMatchObject({ code: 'locked' });
    expect(fake.asked).toEqual([]);
  });

  it('warns on a look-alike of a bound origin and fills nothing', async () => {
    fake.tab = { id: 5, active: true, url: 'https://portal.examp1e.com/login' };
    expect(await popupFill()).toEqual({
      status: 'lookalike',
      origin: 'https://portal.examp1e.com',
      boundOrigin: origin,
    });
    expect(fake.asked).toEqual([]);
  });

  it('cannot fill a tab whose address it may not see (no activeTab grant)', async () => {
    fake.tab = { id: 5, active: true };
    expect(await popupFill()).toEqual({ status: 'unavailable' });
  });

  it('checks its payload, and takes no tab id outside test builds', () => {
    const handler = fillPopupHandlers['fill/active-tab'];
    expect(() => handler.parse(null)).toThrow();
    expect(() => handler.parse({ accountId: 3 })).toThrow();
    expect(handler.parse({ accountId: null, testTabId: 99 })).toEqual({ accountId: null });
    vi.stubGlobal('__TEST_HOOKS__', true);
    expect(handler.parse({ accountId: 'a', testTabId: 99 })).toEqual({ accountId: 'a', tabId: 99 });
  });
});

describe('fill on demand from the keyboard command or the context menu', () => {
  it('lets the focused page copy the code, and schedules the clipboard clear', async () => {
    fake.settings = { copyAfterFill: true, clipboardClearSeconds: 45 };
    const attempt = await fillOnTab({
      tabId: 5,
      url: `${origin}/`,
      accountId: null,
      copyBy: 'page',
    });
    expect(attempt).toEqual({ status: 'filled', copyCode: null });
    expect(fake.asked).toEqual([{ code: expectedCode, copy: true }]);
    expect(fake.cleared).toEqual([[expectedCode, 45]]);
  });

  it('writes the code itself when the page is refused the clipboard', async () => {
    fake.settings = { copyAfterFill: true, clipboardClearSeconds: 45 };
    fake.pageCopyRefused = true;
    await fillOnTab({ tabId: 5, url: `${origin}/`, accountId: null, copyBy: 'page' });
    expect(fake.copied).toEqual([expectedCode]);
    expect(fake.cleared).toEqual([[expectedCode, 45]]);
  });

  it('copies nothing when the setting is off', async () => {
    await fillOnTab({ tabId: 5, url: `${origin}/`, accountId: null, copyBy: 'page' });
    expect(fake.asked).toEqual([{ code: expectedCode, copy: false }]);
    expect(fake.cleared).toEqual([]);
  });

  it('reports a locked vault, for the popup to be opened', async () => {
    fake.state = 'locked';
    expect(
      await fillOnTab({ tabId: 5, url: `${origin}/`, accountId: null, copyBy: 'page' }),
    ).toEqual({ status: 'locked' });
  });

  it('forgets every grant when the vault locks', async () => {
    const { grantFill, takeGrant } =
      await import('../../../src/background/fill-command/fill-grants');
    grantFill({ tabId: 5, origin, code: '123456', copyInPage: false });
    for (const listener of fake.lockListeners) listener();
    expect(takeGrant({ tabId: 5, origin, isTopFrame: true })).toBeNull();
  });
});
