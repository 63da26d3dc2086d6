import { beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  FillAttempt,
  FillRequest,
} from '../../../../src/background/fill/on-demand/fill-on-tab';

// Issue 6: the keyboard command and the context menu, which automation cannot trigger in a
// real browser (tests/e2e/fill-on-demand.test.ts says why), driven here through fake browser
// events; the fill itself is fillOnTab's (fill-on-tab.test.ts).
type Listener = (...args: never[]) => unknown;
interface FakeBrowser {
  listeners: Map<string, Listener>;
  fills: FillRequest[];
  attempt: FillAttempt;
  popupOpens: boolean;
  opened: number;
  badges: { tabId: number; text: string }[];
  titles: { tabId: number; title: string }[];
  menus: unknown[];
  fullTab: { id: number; url: string };
}
const fake = vi.hoisted((): FakeBrowser => ({
  listeners: new Map(),
  fills: [],
  attempt: { status: 'filled', copied: false },
  popupOpens: true,
  opened: 0,
  badges: [],
  titles: [],
  menus: [],
  fullTab: { id: 4, url: 'https://portal.example.com/login' },
}));
const on = (name: string) => ({
  addListener: (listener: Listener) => fake.listeners.set(name, listener),
});
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { onInstalled: on('installed'), lastError: undefined },
    commands: { onCommand: on('command') },
    contextMenus: {
      onClicked: on('menu'),
      removeAll: () => Promise.resolve(),
      create: (item: unknown) => fake.menus.push(item),
    },
    tabs: {
      get: () => Promise.resolve(fake.fullTab),
      query: () => Promise.resolve([fake.fullTab]),
    },
    action: {
      openPopup: () => {
        fake.opened += 1;
        return fake.popupOpens ? Promise.resolve() : Promise.reject(new Error('no gesture'));
      },
      setBadgeText: (details: { tabId: number; text: string }) => {
        fake.badges.push(details);
        return Promise.resolve();
      },
      setTitle: (details: { tabId: number; title: string }) => {
        fake.titles.push(details);
        return Promise.resolve();
      },
    },
  },
}));
vi.mock('../../../../src/shared/i18n', () => ({
  t: (key: string, ...substitutions: string[]) => [key, ...substitutions].join(' '),
}));
vi.mock('../../../../src/background/fill/on-demand/fill-on-tab', () => ({
  fillOnTab: (request: FillRequest) => {
    fake.fills.push(request);
    return Promise.resolve(fake.attempt);
  },
}));

const { watchFillTriggers, FILL_COMMAND, FILL_MENU_ITEM } =
  await import('../../../../src/background/fill/on-demand/fill-triggers');
watchFillTriggers();

const tab = { id: 4, url: 'https://portal.example.com/login', index: 0 };
const otherTab = { id: 9, url: 'https://weather.test/login', index: 1 };

function fire(name: string, ...args: unknown[]) {
  const listener = fake.listeners.get(name);
  if (!listener) throw new Error(`No ${name} listener`);
  (listener as (...values: unknown[]) => unknown)(...args);
}

beforeEach(() => {
  Object.assign(fake, {
    fills: [],
    attempt: { status: 'filled', copied: false },
    popupOpens: true,
    opened: 0,
    badges: [],
    titles: [],
    menus: [],
  });
});

describe('the keyboard command', () => {
  it('fills the tab it was pressed in', async () => {
    fire('command', FILL_COMMAND, tab);
    await vi.waitFor(() => {
      expect(fake.fills).toEqual([{ tabId: 4, url: tab.url, accountId: null }]);
    });
    expect(fake.badges).toEqual([]);
  });

  it('ignores other commands', async () => {
    fire('command', '_execute_action', tab);
    fire('command', FILL_COMMAND, otherTab);
    // Handled in order: had the first been taken, its fill would come first.
    await vi.waitFor(() => {
      expect(fake.fills.map((fill) => fill.tabId)).toEqual([otherTab.id]);
    });
  });

  it('reads the address the gesture revealed when the tab came without it', async () => {
    fire('command', FILL_COMMAND, { id: 4, index: 0 });
    await vi.waitFor(() => {
      expect(fake.fills[0]?.url).toBe(fake.fullTab.url);
    });
  });

  it('opens the popup to unlock or to choose, and never fills "the first" account', async () => {
    fake.attempt = { status: 'choose', accounts: [] };
    fire('command', FILL_COMMAND, tab);
    await vi.waitFor(() => {
      expect(fake.opened).toBe(1);
    });
    expect(fake.fills).toHaveLength(1);
    expect(fake.badges).toEqual([]);
  });

  it('says to open the popup, on the badge, where the browser will not open it', async () => {
    fake.attempt = { status: 'locked' };
    fake.popupOpens = false;
    fire('command', FILL_COMMAND, tab);
    await vi.waitFor(() => {
      expect(fake.titles).toEqual([{ tabId: 4, title: 'fillOpenPopup' }]);
    });
    expect(fake.badges).toEqual([{ tabId: 4, text: '!' }]);
  });

  it('shows why nothing was filled as the badge and its tooltip', async () => {
    fake.attempt = { status: 'no-account', origin: 'https://portal.example.com' };
    fire('command', FILL_COMMAND, tab);
    await vi.waitFor(() => {
      expect(fake.titles).toEqual([
        { tabId: 4, title: 'popupFillNoAccount https://portal.example.com' },
      ]);
    });
    expect(fake.opened).toBe(0);
  });
});

describe('the context menu "Fill one-time code"', () => {
  it('is created on install, on editable fields only', async () => {
    fire('installed', { reason: 'install' });
    await vi.waitFor(() => {
      expect(fake.menus).toEqual([
        { id: FILL_MENU_ITEM, title: 'menuFillCode', contexts: ['editable'] },
      ]);
    });
  });

  it('fills the top frame when clicked there', async () => {
    fire('menu', { menuItemId: FILL_MENU_ITEM, frameId: 0, editable: true }, tab);
    await vi.waitFor(() => {
      expect(fake.fills).toHaveLength(1);
    });
  });

  it('fills nothing when clicked in an embedded frame, and says why', async () => {
    fire('menu', { menuItemId: FILL_MENU_ITEM, frameId: 7, editable: true }, tab);
    await vi.waitFor(() => {
      expect(fake.titles).toEqual([{ tabId: 4, title: 'fillSubframe' }]);
    });
    expect(fake.fills).toEqual([]);
  });

  it('ignores other menu items', async () => {
    fire('menu', { menuItemId: 'other', frameId: 0, editable: true }, tab);
    fire('menu', { menuItemId: FILL_MENU_ITEM, frameId: 0, editable: true }, otherTab);
    await vi.waitFor(() => {
      expect(fake.fills.map((fill) => fill.tabId)).toEqual([otherTab.id]);
    });
  });
});
