import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { UnlockedOverview, VaultOverview } from '../../shared/model/vault';
import { readEvent, type PageEvents } from '../../shared/protocol/events';
import { MessageError, sendFromPage } from '../../shared/send';

export type OverviewLoad =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'ready'; readonly overview: VaultOverview };

/** What the popup has coming as it opens (popup.tsx): its first rows, two ways. */
export interface OpeningOverviews {
  /** The worker's overview of the first rows only. */
  readonly firstRows: Promise<VaultOverview>;
  /** The popup's own (local-overview.ts), the same; null unless the vault is plainly unlocked. */
  readonly local: Promise<UnlockedOverview | null>;
}

/**
 * The one `vault/overview` answer that decides the view, and later ones. Only the
 * newest request counts: a slow answer never overwrites a newer one or a local change.
 * As the popup opens, whichever of `firstRows` and `local` comes first shows; every account
 * is asked for once the first rows are on screen.
 */
export function useOverview({ firstRows, local }: OpeningOverviews) {
  const [load, setLoad] = useState<OverviewLoad>({ kind: 'loading' });
  const latest = useRef(0);

  const track = useCallback(async (request: Promise<VaultOverview>) => {
    const ticket = ++latest.current;
    try {
      const overview = await request;
      if (ticket === latest.current) setLoad({ kind: 'ready', overview });
    } catch (error) {
      if (ticket !== latest.current) return;
      const state = stateFromError(error);
      // A refresh that fails for another reason keeps what is shown; only a first load fails.
      setLoad((previous) =>
        state
          ? { kind: 'ready', overview: { state } }
          : previous.kind === 'ready'
            ? previous
            : { kind: 'failed', error },
      );
    }
  }, []);

  // Not a plain effect, which waits for a frame: the answer may already be in.
  useLayoutEffect(() => {
    let answered = false;
    const ticket = latest.current + 1;
    // Set before `track` sees the answer, so the local overview can never replace it.
    void track(
      firstRows.finally(() => {
        answered = true;
      }),
    );
    void local.then((overview) => {
      if (overview && !answered && latest.current === ticket) {
        setLoad({ kind: 'ready', overview });
      }
    });
  }, [firstRows, local, track]);

  const refresh = useCallback(() => track(sendFromPage('vault/overview', null)), [track]);

  // A lock anywhere (auto-lock, system lock, another popup) hides the codes at once instead
  // of at the next refresh; an unlock elsewhere (the unlock window) shows them.
  useEffect(() => {
    const onEvent = (message: unknown) => {
      const event = readEvent<PageEvents>(message, ['vault/locked', 'vault/unlocked']);
      if (event === 'vault/unlocked') void refresh();
      if (event !== 'vault/locked') return undefined;
      latest.current++;
      setLoad((previous) =>
        previous.kind === 'ready' && previous.overview.state === 'unlocked'
          ? { kind: 'ready', overview: { state: 'locked' } }
          : previous,
      );
      return undefined;
    };
    browser.runtime.onMessage.addListener(onEvent);
    return () => {
      browser.runtime.onMessage.removeListener(onEvent);
    };
  }, [refresh]);

  // The first rows are on screen: now every account, asked for only now so that the worker's
  // 1,000 codes do not compete with showing them. Asked again when a change made meanwhile (a
  // new HOTP code) set the answer aside, and once more should it fail: the other rows wait for it.
  useLayoutEffect(() => {
    if (load.kind !== 'ready' || !isFirstRowsOnly(load.overview)) return;
    const everything = () => sendFromPage('vault/overview', null);
    void track(everything().catch(everything));
  }, [load, track]);

  /** A local change (reorder, a new HOTP code, locking) shown at once; newer than any request. */
  const setOverview = useCallback((overview: VaultOverview) => {
    latest.current++;
    setLoad({ kind: 'ready', overview });
  }, []);

  return { load, refresh, setOverview };
}

/** An overview of the first rows only (core/vault/overview.ts): the others are still to come. */
export function isFirstRowsOnly(overview: VaultOverview): boolean {
  return overview.state === 'unlocked' && overview.accounts.length < overview.accountCount;
}

/** 'locked' and 'no-vault' at any point mean the view to show, not an error. */
export function stateFromError(error: unknown): 'locked' | 'none' | null {
  if (!(error instanceof MessageError)) return null;
  if (error.code === 'locked') return 'locked';
  if (error.code === 'no-vault') return 'none';
  return null;
}
