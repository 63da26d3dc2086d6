// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountCodes, AccountView } from '../../../src/shared/model/vault';
import type * as SendModule from '../../../src/shared/send';
import type { UnlockedOverview } from '../../../src/popup/hooks/use-list-actions';

// The popup's copy button asks for the optional clipboardRead permission the first time
// clearing needs it: in the click itself (Firefox refuses the request after an await), once
// (a refusal is remembered), and the code is copied whatever the answer.

const state = vi.hoisted(() => ({
  answer: false,
  seconds: 30,
  request: vi.fn<(query: { permissions?: string[] }) => Promise<boolean>>(),
  send: vi.fn<(type: string, payload: unknown) => Promise<unknown>>(),
  writeText: vi.fn<(text: string) => Promise<void>>(),
}));
vi.mock('../../../src/shared/webext', async () =>
  (await import('../support/page-webext')).pageWebextModule(),
);
vi.mock('../../../src/shared/send', async (original) => ({
  ...(await original<typeof SendModule>()),
  sendFromPage: state.send,
}));

const { pageWebext } = await import('../support/page-webext');
pageWebext.permissions.request = state.request;
const { useListActions } = await import('../../../src/popup/hooks/use-list-actions');

const account: AccountView = {
  id: 'a1',
  issuer: 'Example',
  account: 'me',
  type: 'hotp',
  digits: 6,
  period: null,
  origins: [],
  siteId: null,
  note: '',
  boundToActiveTab: false,
  standby: null,
};
const codes: AccountCodes = { id: 'a1', current: '123456', next: null, validUntil: null };
const overview = {
  state: 'unlocked',
  accounts: [account],
  codes: [codes],
} as unknown as UnlockedOverview;

let copy: (id: string) => Promise<void> = () => Promise.resolve();
function Harness() {
  copy = useListActions({
    overview,
    codes: new Map([['a1', codes]]),
    setOverview: () => undefined,
    refresh: () => Promise.resolve(),
    announce: () => undefined,
    describe: () => 'failed',
  }).copy;
  return null;
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  Object.assign(state, { answer: false, seconds: 30 });
  pageWebext.permissions.granted = false;
  pageWebext.local.clear();
  state.request.mockReset().mockImplementation(() => {
    pageWebext.permissions.granted = state.answer;
    return Promise.resolve(state.answer);
  });
  state.send
    .mockReset()
    .mockImplementation((type) =>
      Promise.resolve(type === 'settings/get' ? { clipboardClearSeconds: state.seconds } : null),
    );
  state.writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText: state.writeText },
    configurable: true,
  });
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** Opens the popup and waits until what decides the question is loaded. */
async function openPopup() {
  render(h(Harness, {}), root);
  await vi.waitFor(() => {
    expect(state.send).toHaveBeenCalledWith('settings/get', null);
  });
  // The three answers are microtasks: all in by the next task.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const copiedSent = () => state.send.mock.calls.filter(([type]) => type === 'clipboard/copied');

describe('popup copy and the clipboardRead permission', () => {
  it('asks in the click, copies, then has the background clear with the answer', async () => {
    state.answer = true;
    await openPopup();
    const done = copy('a1');
    // Both before any await in the click.
    expect(state.writeText).toHaveBeenCalledWith('123456');
    expect(state.request).toHaveBeenCalledWith({ permissions: ['clipboardRead'] });
    await done;
    expect(copiedSent()).toEqual([['clipboard/copied', { code: '123456' }]]);
    expect(pageWebext.local.get('clipboardReadAsked')).toBe(true);
  });

  it('copies when refused, and does not ask again, even in a new popup', async () => {
    await openPopup();
    await copy('a1');
    expect(state.writeText).toHaveBeenCalledTimes(1);
    expect(copiedSent()).toHaveLength(1);
    await copy('a1');
    expect(state.request).toHaveBeenCalledTimes(1);
    render(null, root);
    await openPopup();
    await copy('a1');
    expect(state.request).toHaveBeenCalledTimes(1);
    expect(state.writeText).toHaveBeenCalledTimes(3);
  });

  it('does not ask when the delay is "Never" or the permission is there', async () => {
    state.seconds = 0;
    await openPopup();
    await copy('a1');
    render(null, root);
    state.seconds = 30;
    pageWebext.permissions.granted = true;
    await openPopup();
    await copy('a1');
    expect(state.request).not.toHaveBeenCalled();
    expect(state.writeText).toHaveBeenCalledTimes(2);
  });
});
