import { generateSync } from 'otplib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptSender } from '../../../../src/background/sender';
import type { VaultEntry } from '../../../../src/core/vault';
import type { FillOutcome } from '../../../../src/content/fill-on-demand-protocol';
import type { FillGrant, FillOnPageResult } from '../../../../src/shared/model/fill';
import { entry, SECRET } from './entries';

// Issue 6: "Fill code on this page" and the command/menu path, with the browser, the vault
// and the page replaced by fakes. The fake page asks for its code through the real grant
// handler, with the sender the browser would stamp, as the injected filler does.
interface FakeWorld {
  state: 'none' | 'locked' | 'unlocked';
  entries: VaultEntry[];
  settings: {
    copyAfterFill: boolean;
    clipboardClearSeconds: number;
    fillOnSignIn: boolean;
    submitAfterFillOrigins: string[];
  };
  tab: { id: number; active: boolean; url?: string };
  /** Who the page's filler is, as the browser stamps it; null: a page with no code field. */
  page: Pick<ContentScriptSender, 'origin' | 'isTopFrame' | 'isSecureContext'> | null;
  asked: (FillGrant | 'refused')[];
  cleared: [string, number][];
  /** Codes the background wrote to the clipboard itself. */
  copied: string[];
}
const fake = vi.hoisted((): FakeWorld => ({
  state: 'unlocked',
  entries: [],
  settings: settings(),
  tab: { id: 5, active: true },
  page: null,
  asked: [],
  cleared: [],
  copied: [],
}));
vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.mock('../../../../src/background/vault/vault-service', () => ({
  vaultState: () => Promise.resolve(fake.state),
  vaultData: () => Promise.resolve({ data: { schemaVersion: 1, entries: fake.entries } }),
}));
vi.mock('../../../../src/background/portals/profile-for-url', () => ({
  siteProfileForUrl: () => Promise.resolve(null),
}));
vi.mock('../../../../src/background/settings', () => ({
  settingsItem: { get: () => Promise.resolve(fake.settings) },
}));
vi.mock('../../../../src/background/clipboard', () => ({
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
vi.mock('../../../../src/background/fill/on-demand/target-tab', () => ({
  fillTargetTab: (tabId: number | null) =>
    Promise.resolve(tabId === null || tabId === fake.tab.id ? fake.tab : undefined),
}));
vi.mock('../../../../src/background/fill/on-demand/inject-filler', () => ({
  runFiller: (tabId: number) => pageAsksForItsCode(tabId),
}));

function settings() {
  return {
    copyAfterFill: false,
    clipboardClearSeconds: 30,
    fillOnSignIn: true,
    submitAfterFillOrigins: [],
  };
}

const { fillGrantHandlers, fillPopupHandlers } =
  await import('../../../../src/background/fill/on-demand/fill-command-handlers');
const { fillOnTab } = await import('../../../../src/background/fill/on-demand/fill-on-tab');

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
    return { status: 'filled' };
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
    settings: settings(),
    tab: { id: 5, active: true, url: `${origin}/login` },
    page: { origin, isTopFrame: true, isSecureContext: true },
    asked: [],
    cleared: [],
    copied: [],
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('fill on demand from the popup', () => {
  it("gives the page's top frame the bound account's current code, once", async () => {
    expect(await popupFill()).toEqual({ status: 'filled', copied: false });
    expect(fake.asked).toEqual([{ code: expectedCode }]);
    // The grant is used up: the same frame asking again gets nothing.
    expect(await pageAsksForItsCode(5)).toEqual({ status: 'denied' });
  });

  it('copies the code itself when "Also copy the code after filling" is on', async () => {
    fake.settings.copyAfterFill = true;
    expect(await popupFill()).toEqual({ status: 'filled', copied: true });
    expect(fake.copied).toEqual([expectedCode]);
  });

  it('never fills an HOTP account, and says why', async () => {
    fake.entries = [
      {
        ...entry('alice', [origin]),
        params: { ...entry('alice', []).params, type: 'hotp', counter: 4 },
      } as VaultEntry,
    ];
    expect(await popupFill()).toEqual({ status: 'hotp-only', origin });
    expect(fake.asked).toEqual([]);
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

  it('checks its payload, which names no tab', () => {
    const handler = fillPopupHandlers['fill/active-tab'];
    expect(() => handler.parse(null)).toThrow();
    expect(() => handler.parse({ accountId: 3 })).toThrow();
    expect(handler.parse({ accountId: null, tabId: 99 })).toEqual({ accountId: null });
  });

  it('acts on the tab the test hook named, in test builds only', async () => {
    const { testHookHandlers } = await import('../../../../src/background/test-target-tab');
    const aim = testHookHandlers['test/target-tab'];
    await aim.handle(aim.parse({ tabId: 99 }), {
      kind: 'extension-page',
      url: 'chrome-extension://x/',
      tabId: null,
    });
    // Production builds ignore it: the active tab is filled.
    expect(await popupFill()).toMatchObject({ status: 'filled' });
    vi.stubGlobal('__TEST_HOOKS__', true);
    expect(await popupFill()).toEqual({ status: 'unavailable' });
    await aim.handle(aim.parse({ tabId: null }), {
      kind: 'extension-page',
      url: 'chrome-extension://x/',
      tabId: null,
    });
  });
});

describe('fill on demand from the keyboard command or the context menu', () => {
  it('copies the code and schedules the clipboard clear, with no click in the page', async () => {
    fake.settings = { ...settings(), copyAfterFill: true, clipboardClearSeconds: 45 };
    const attempt = await fillOnTab({ tabId: 5, url: `${origin}/`, accountId: null });
    expect(attempt).toEqual({ status: 'filled', copied: true });
    expect(fake.copied).toEqual([expectedCode]);
    expect(fake.cleared).toEqual([[expectedCode, 45]]);
  });

  it('copies nothing when the setting is off', async () => {
    await fillOnTab({ tabId: 5, url: `${origin}/`, accountId: null });
    expect(fake.asked).toEqual([{ code: expectedCode }]);
    expect(fake.cleared).toEqual([]);
  });

  it('reports a locked vault, for the popup to be opened', async () => {
    fake.state = 'locked';
    expect(await fillOnTab({ tabId: 5, url: `${origin}/`, accountId: null })).toEqual({
      status: 'locked',
    });
  });
});
