// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UnlockedOverview, VaultOverview } from '../../../src/shared/model/vault';
import type * as SendModule from '../../../src/shared/send';
import { accountView } from '../support/account-view';

// What the popup shows as it opens (hooks/use-overview.ts): the worker's answer with the first
// rows and the popup's own overview race, whichever comes first shows, the answer with every
// account follows; the popup's own never replaces an answer, a lock, or a newer request.

const page = vi.hoisted(() => ({
  send: vi.fn<(type: string, payload: unknown) => Promise<unknown>>(),
  listeners: new Set<(message: unknown) => unknown>(),
}));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      onMessage: {
        addListener: (listener: (message: unknown) => unknown) => page.listeners.add(listener),
        removeListener: (listener: (message: unknown) => unknown) =>
          page.listeners.delete(listener),
      },
    },
  },
}));
vi.mock('../../../src/shared/send', async (original) => ({
  ...(await original<typeof SendModule>()),
  sendFromPage: page.send,
}));

const { MessageError } = await import('../../../src/shared/send');
const { useOverview } = await import('../../../src/popup/hooks/use-overview');
type OverviewLoad = ReturnType<typeof useOverview>['load'];

function deferred<Value>() {
  let resolve: (value: Value) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<Value>((resolveWith, rejectWith) => {
    resolve = resolveWith;
    reject = rejectWith;
  });
  return { promise, resolve, reject };
}

/** An unlocked overview of a vault of three accounts, listing the first `rows` with codes. */
function unlocked(source: string, rows: number): UnlockedOverview {
  const ids = ['a', 'b', 'c'].slice(0, rows);
  return {
    state: 'unlocked',
    accounts: ids.map((id) => accountView(id, source, id)),
    codes: ids.map((id) => ({
      id,
      current: '123456',
      next: '654321',
      validUntil: Date.now() + 30_000,
    })),
    accountCount: 3,
    recovered: false,
    backupNeeded: false,
  };
}

/** What is shown: 'loading', the state, or the source of the accounts and how many codes. */
function shown(load: OverviewLoad): string {
  if (load.kind !== 'ready') return load.kind;
  const { overview } = load;
  if (overview.state !== 'unlocked') return overview.state;
  return `${overview.accounts[0]?.issuer ?? ''} ${overview.codes.length}`;
}

/** The popup opening; `every`: the answer to its first request for every account. */
function open() {
  const firstRows = deferred<VaultOverview>();
  const local = deferred<UnlockedOverview | null>();
  const every = deferred<VaultOverview>();
  page.send.mockReturnValueOnce(every.promise);
  const seen: string[] = [];
  const hook: { setOverview: (overview: VaultOverview) => void } = { setOverview: () => undefined };
  function Probe() {
    const { load, setOverview } = useOverview({
      firstRows: firstRows.promise,
      local: local.promise,
    });
    hook.setOverview = setOverview;
    const now = shown(load);
    if (seen.at(-1) !== now) seen.push(now);
    return null;
  }
  render(h(Probe, {}), root);
  return { firstRows, local, every, seen, hook };
}

/** Lets every settled promise and the renders they cause run. */
async function settle() {
  for (let round = 0; round < 5; round++) await new Promise((resolve) => setTimeout(resolve, 0));
}

const root = document.createElement('div');

describe('the popup opening', () => {
  afterEach(() => {
    render(null, root);
    page.send.mockReset();
    page.listeners.clear();
  });

  it('shows its own first rows first, then the answer with every account', async () => {
    const { firstRows, local, every, seen } = open();
    local.resolve(unlocked('local', 2));
    await settle();
    expect(page.send).toHaveBeenCalledWith('vault/overview', null);
    every.resolve(unlocked('every', 3));
    await settle();
    // The answer with the first rows only comes last, and is older than what is shown.
    firstRows.resolve(unlocked('first', 2));
    await settle();
    expect(seen).toEqual(['loading', 'local 2', 'every 3']);
    expect(page.send).toHaveBeenCalledTimes(1);
  });

  it("never shows its own overview once the worker's first answer is in", async () => {
    const { firstRows, local, seen } = open();
    firstRows.resolve({ state: 'locked' });
    await settle();
    // A key left in storage.session a moment before the lock: the lock stands.
    local.resolve(unlocked('local', 2));
    await settle();
    expect(seen).toEqual(['loading', 'locked']);
    expect(page.send).not.toHaveBeenCalled();
  });

  it('takes a refusal of the first answer as the state it names', async () => {
    const { firstRows, local, seen } = open();
    firstRows.reject(new MessageError('no-vault', 'There is no vault yet.'));
    await settle();
    local.resolve(unlocked('local', 2));
    await settle();
    expect(seen).toEqual(['loading', 'none']);
  });

  it('waits for the worker when it has no overview of its own', async () => {
    const { firstRows, local, every, seen } = open();
    local.resolve(null);
    await settle();
    expect(seen).toEqual(['loading']);
    firstRows.resolve(unlocked('first', 2));
    await settle();
    every.resolve(unlocked('every', 3));
    await settle();
    expect(seen).toEqual(['loading', 'first 2', 'every 3']);
  });

  it('asks for nothing more after a first answer that lists every account', async () => {
    const { firstRows, seen } = open();
    firstRows.resolve(unlocked('first', 3));
    await settle();
    expect(seen).toEqual(['loading', 'first 3']);
    expect(page.send).not.toHaveBeenCalled();
  });

  it('asks once more for every account when that answer fails', async () => {
    page.send.mockResolvedValue(unlocked('again', 3));
    const { firstRows, every, seen } = open();
    firstRows.resolve(unlocked('first', 2));
    await settle();
    every.reject(new MessageError('no-reply', 'No reply to "vault/overview"'));
    await settle();
    expect(page.send).toHaveBeenCalledTimes(2);
    expect(seen).toEqual(['loading', 'first 2', 'again 3']);
  });

  it('asks for every account again when a change made meanwhile set that answer aside', async () => {
    page.send.mockResolvedValue(unlocked('again', 3));
    const { firstRows, every, seen, hook } = open();
    firstRows.resolve(unlocked('first', 2));
    await settle();
    expect(page.send).toHaveBeenCalledTimes(1);
    // A new HOTP code, say, shown at once: newer than the answer still on its way.
    hook.setOverview(unlocked('changed', 2));
    await settle();
    every.resolve(unlocked('every', 3));
    await settle();
    expect(page.send).toHaveBeenCalledTimes(2);
    expect(seen).toEqual(['loading', 'first 2', 'changed 2', 'again 3']);
  });

  it('drops its own overview after a lock announced meanwhile', async () => {
    const { local, seen } = open();
    await settle();
    for (const listener of page.listeners) listener({ type: 'vault/locked', event: true });
    local.resolve(unlocked('local', 2));
    await settle();
    expect(seen).toEqual(['loading']);
  });
});
