import { useCallback, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { AccountCodes, AccountView, VaultOverview } from '../../shared/model/vault';
import { sendFromPage } from '../../shared/send';
import { accountLabel } from '../../shared/account-label';
import { moveItem } from '../logic/reorder';
import { shownCode } from '../logic/time-left';
import { useClipboardReadAsk } from './use-clipboard-read-ask';

export type UnlockedOverview = Extract<VaultOverview, { readonly state: 'unlocked' }>;

interface ListActionsContext {
  readonly overview: UnlockedOverview;
  readonly codes: ReadonlyMap<string, AccountCodes>;
  readonly setOverview: (overview: VaultOverview) => void;
  readonly refresh: () => Promise<void>;
  readonly announce: (text: string) => void;
  /** A failure as text for the list's alert, or null when it changed the view (locked). */
  readonly describe: (error: unknown) => string | null;
}

const COPIED_MS = 1500;

/** What the list does: copy, next HOTP code, move, make current. Errors end in one alert. */
export function useListActions(context: ListActionsContext) {
  const { overview, codes, setOverview, refresh, announce, describe } = context;
  const [error, setError] = useState<string | null>(null);
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const copiedTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const askClipboardRead = useClipboardReadAsk();

  const fail = useCallback(
    (failure: unknown) => {
      setError(describe(failure));
    },
    [describe],
  );

  const copy = useCallback(
    async (id: string) => {
      const account = overview.accounts.find((candidate) => candidate.id === id);
      const accountCodes = codes.get(id);
      if (!account || !accountCodes) return;
      const { current } = shownCode(accountCodes, account.period, Date.now());
      if (current === null) return; // no valid code yet: the refresh will bring one
      // Both before any await, while the click or key press still counts as a user gesture:
      // the write first, so the permission prompt cannot take the focus it needs.
      const written = navigator.clipboard.writeText(current);
      const readAnswer = askClipboardRead();
      try {
        await written;
      } catch {
        setError(t('popupCopyFailed'));
        return;
      }
      setError(null);
      announce(t('popupCopied'));
      clearTimeout(copiedTimer.current);
      setCopiedId(id);
      copiedTimer.current = setTimeout(() => {
        setCopiedId(null);
      }, COPIED_MS);
      // After the user's answer, if asked, so a grant applies to this code already.
      await readAnswer;
      // The background clears the clipboard later if it still holds this code.
      await sendFromPage('clipboard/copied', { code: current }).catch(fail);
    },
    [overview, codes, announce, fail, askClipboardRead],
  );

  const hotpNext = useCallback(
    async (id: string) => {
      try {
        const fresh = await sendFromPage('vault/hotp-next', { id });
        const others = overview.codes.filter((entry) => entry.id !== id);
        setOverview({ ...overview, codes: [...others, fresh] });
        setError(null);
      } catch (failure) {
        fail(failure);
      }
    },
    [overview, setOverview, fail],
  );

  const move = useCallback(
    async (id: string, toIndex: number) => {
      const accounts = moveItem(overview.accounts, id, toIndex);
      setOverview({ ...overview, accounts });
      announce(movedText(accounts, id));
      try {
        await sendFromPage('vault/move', { id, toIndex });
        setError(null);
      } catch (failure) {
        fail(failure);
      }
      // The stored order, whatever happened: the local move is undone if it failed.
      await refresh();
    },
    [overview, setOverview, refresh, announce, fail],
  );

  const makeCurrent = useCallback(
    async (id: string) => {
      const account = overview.accounts.find((candidate) => candidate.id === id);
      try {
        await sendFromPage('vault/make-current', { id });
        setError(null);
        if (account) announce(t('popupMadeCurrent', accountLabel(account)));
      } catch (failure) {
        fail(failure);
      }
      // Both accounts of the login changed: the one made current and the one it replaced.
      await refresh();
    },
    [overview, refresh, announce, fail],
  );

  return { error, copiedId, copy, hotpNext, move, makeCurrent };
}

function movedText(accounts: readonly AccountView[], id: string): string {
  const index = accounts.findIndex((account) => account.id === id);
  const account = accounts[index];
  if (!account) return '';
  return t('popupMoved', accountLabel(account), String(index + 1), String(accounts.length));
}
