// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import type { AccountCodes } from '../../../src/shared/model/vault';
import { accountView } from '../support/account-view';

// The account list as the popup opens on a large vault (list/AccountList.tsx): the first
// screenful at once; the other rows after the first paint, with their codes, which the first
// answer does not carry; without them only if they are late.

vi.mock('../../../src/shared/webext', async () =>
  (await import('../support/page-webext')).pageWebextModule(),
);
const { pageWebext } = await import('../support/page-webext');
const { AccountList } = await import('../../../src/popup/list/AccountList');
const { FIRST_ROWS } = await import('../../../src/popup/list/first-rows');

const now = Date.UTC(2026, 0, 1);
const accounts = Array.from({ length: FIRST_ROWS + 5 }, (_, index) =>
  accountView(`id-${index}`, 'Sonar', `user${index}`),
);
const codesOf = (count: number): ReadonlyMap<string, AccountCodes> =>
  new Map(
    accounts
      .slice(0, count)
      .map(({ id }) => [id, { id, current: '123456', next: '654321', validUntil: now + 20_000 }]),
  );

const root = document.createElement('div');
function list(codes: ReadonlyMap<string, AccountCodes>) {
  render(
    h(AccountList, {
      accounts,
      order: accounts,
      codes,
      now,
      locale: 'en',
      copiedId: null,
      focusId: null,
      onFocused: () => undefined,
      onCopy: () => undefined,
      onEdit: () => undefined,
      onHotpNext: () => undefined,
      onMakeCurrent: () => undefined,
      onMove: () => undefined,
      onLeaveTop: () => undefined,
    }),
    root,
  );
}
const rows = () => root.querySelectorAll('li.row').length;
const dashes = () => [...root.querySelectorAll('.code')].filter((code) => code.textContent === '—');

describe('the first rows of a large vault', () => {
  beforeEach(() => {
    pageWebext.locale = english;
    vi.useFakeTimers({ now });
  });
  afterEach(async () => {
    render(null, root);
    // Preact's effects wait for a frame: none may be left behind on the fake clock.
    await vi.runAllTimersAsync();
    vi.useRealTimers();
  });

  it('renders the rest once their codes are in, never without them meanwhile', async () => {
    list(codesOf(FIRST_ROWS));
    expect(rows()).toBe(FIRST_ROWS);
    await vi.advanceTimersByTimeAsync(500);
    expect(rows()).toBe(FIRST_ROWS);
    list(codesOf(accounts.length));
    await vi.advanceTimersByTimeAsync(20);
    expect(rows()).toBe(accounts.length);
    expect(dashes()).toEqual([]);
  });

  it('renders the rest without codes if theirs are late', async () => {
    list(codesOf(FIRST_ROWS));
    await vi.advanceTimersByTimeAsync(1_100);
    expect(rows()).toBe(accounts.length);
    expect(dashes()).toHaveLength(5);
  });

  it('renders every row at once when all codes are there', async () => {
    list(codesOf(accounts.length));
    await vi.advanceTimersByTimeAsync(20);
    expect(rows()).toBe(accounts.length);
  });
});
