// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import type { AccountCodes, AccountView } from '../../../src/shared/model/vault';
import { accountView } from '../support/account-view';

// The account list as the popup opens on a large vault (list/AccountList.tsx): the first
// screenful at once; the other rows right after, once the answer listing them is in (the
// first one lists the first rows only).

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
const codesOf = (shown: readonly AccountView[]): ReadonlyMap<string, AccountCodes> =>
  new Map(
    shown.map(({ id }) => [
      id,
      { id, current: '123456', next: '654321', validUntil: now + 20_000 },
    ]),
  );

const root = document.createElement('div');
/** The list of the first `count` accounts; `firstRowsOnly`: the others are on their way. */
function list(count: number, firstRowsOnly: boolean) {
  const shown = accounts.slice(0, count);
  render(
    h(AccountList, {
      accounts: shown,
      order: shown,
      firstRowsOnly,
      codes: codesOf(shown),
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

  it('renders the rest once the answer listing them is in, with their codes', async () => {
    list(FIRST_ROWS, true);
    expect(rows()).toBe(FIRST_ROWS);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(rows()).toBe(FIRST_ROWS);
    list(accounts.length, false);
    // Still the first screenful in the frame the answer lands in; the rest right after.
    expect(rows()).toBe(FIRST_ROWS);
    await vi.advanceTimersByTimeAsync(20);
    expect(rows()).toBe(accounts.length);
    expect(dashes()).toEqual([]);
  });

  it('renders the first screenful first when the first answer lists every account', async () => {
    list(accounts.length, false);
    expect(rows()).toBe(FIRST_ROWS);
    await vi.advanceTimersByTimeAsync(20);
    expect(rows()).toBe(accounts.length);
    expect(dashes()).toEqual([]);
  });
});
