import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { AccountView } from '../shared/model/vault';
import { readEvent, type PageEvents } from '../shared/protocol/events';
import { sendFromPage } from '../shared/send';
import { stateFromError } from '../popup/hooks/use-overview';

export type AccountsLoad =
  | { readonly kind: 'loading' | 'locked' | 'failed' }
  | { readonly kind: 'ready'; readonly accounts: readonly AccountView[] };

/** The vault's accounts (names only), asked again when the vault is unlocked elsewhere. */
export function useExportAccounts(): AccountsLoad {
  const [load, setLoad] = useState<AccountsLoad>({ kind: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const overview = await sendFromPage('vault/overview', null);
      setLoad(
        overview.state === 'unlocked'
          ? { kind: 'ready', accounts: overview.accounts }
          : { kind: overview.state === 'locked' ? 'locked' : 'failed' },
      );
    } catch (error) {
      setLoad({ kind: stateFromError(error) === 'locked' ? 'locked' : 'failed' });
    }
  }, []);

  useEffect(() => {
    void refresh();
    const onEvent = (message: unknown) => {
      const event = readEvent<PageEvents>(message, ['vault/locked', 'vault/unlocked']);
      if (event === 'vault/locked') setLoad({ kind: 'locked' });
      if (event === 'vault/unlocked') void refresh();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onEvent);
    return () => {
      browser.runtime.onMessage.removeListener(onEvent);
    };
  }, [refresh]);

  return load;
}
