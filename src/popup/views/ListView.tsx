import { useCallback, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { BackupNote } from '../list/BackupNote';
import { SyncPausedNote } from '../list/SyncPausedNote';
import { t } from '../../shared/i18n';
import type { AccountView, VaultOverview } from '../../shared/model/vault';
import { useCodeChangeClock } from '../hooks/use-clock';
import { useCodeRefresh } from '../hooks/use-code-refresh';
import { useListActions, type UnlockedOverview } from '../hooks/use-list-actions';
import { isFirstRowsOnly } from '../hooks/use-overview';
import type { Locale } from '../../sites/site-profile';
import { AccountList } from '../list/AccountList';
import { EmptyState } from '../list/EmptyState';
import { LockButton } from '../list/LockButton';
import { SearchBox } from '../list/SearchBox';
import { UndoBar } from '../list/UndoBar';
import { accountHaystack, matchesWords, searchWords } from '../../core/vault/search';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { FoundAccounts } from '../import/import-result';
import { ImportTools } from '../import/ImportTools';
import { FillOnPage } from '../fill/FillOnPage';
import { Icon } from '../ui/Icon';
import { openMoveToPhone } from '../../export/open-move-to-phone';

export interface ListViewProps {
  readonly overview: UnlockedOverview;
  readonly locale: Locale;
  readonly query: string;
  readonly onQuery: (query: string) => void;
  readonly focusId: string | null;
  readonly onFocused: () => void;
  /** An account just deleted, that "Undo" can bring back. */
  readonly removedId: string | null;
  readonly onUndo: () => void;
  readonly onUndoExpired: () => void;
  readonly onAdd: () => void;
  readonly onEdit: (id: string) => void;
  /** Accounts a page scan found, or null for "Import QR code image". */
  readonly onImport: (found: FoundAccounts | null) => void;
  readonly onLock: () => void;
  readonly refresh: () => Promise<void>;
  readonly setOverview: (overview: VaultOverview) => void;
  readonly announce: (text: string) => void;
  readonly describe: (error: unknown) => string | null;
}

interface Haystacks {
  readonly accounts: readonly AccountView[];
  readonly list: readonly { readonly account: AccountView; readonly haystack: string }[];
}

/** The unlocked view: search, the accounts with their codes, add, lock. */
export function ListView(props: ListViewProps) {
  const { overview, query, refresh } = props;
  const now = useCodeChangeClock(overview.codes);
  const search = useRef<HTMLInputElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useCodeRefresh(overview.codes, refresh);

  const codes = useMemo(
    () => new Map(overview.codes.map((entry) => [entry.id, entry])),
    [overview.codes],
  );
  // Normalised once per overview, not per keystroke: search stays instant with 1,000 accounts.
  // Only once a search is typed: the popup opens without it, and its first code must not wait.
  const haystacks = useRef<Haystacks | null>(null);
  const visible = useMemo(() => {
    const words = searchWords(query);
    if (words.length === 0) return overview.accounts;
    if (haystacks.current?.accounts !== overview.accounts) {
      haystacks.current = {
        accounts: overview.accounts,
        list: overview.accounts.map((account) => ({ account, haystack: accountHaystack(account) })),
      };
    }
    return haystacks.current.list
      .filter(({ haystack }) => matchesWords(haystack, words))
      .map(({ account }) => account);
  }, [overview.accounts, query]);

  const actions = useListActions({ ...props, codes });
  const focusSearch = useCallback(() => search.current?.focus(), []);
  const focusList = () => {
    document.querySelector<HTMLElement>('.accounts li[tabindex="0"]')?.focus();
  };

  // Typing finds an account at once; with no accounts, "Add account" is the next step. When a
  // row is to be focused (back from a form), AccountList does it.
  useLayoutEffect(() => {
    if (props.focusId === null) (search.current ?? addButton.current)?.focus();
  }, []);

  const hasAccounts = overview.accounts.length > 0;
  return (
    <>
      <div class="top">
        <header class="bar">
          <h1>{t('popupTitle')}</h1>
          <button type="button" class="tool" ref={addButton} onClick={props.onAdd}>
            <Icon name="plus" />
            <span>{t('popupAddAccount')}</span>
          </button>
          <LockButton onLock={props.onLock} />
        </header>
        {hasAccounts && (
          <SearchBox
            value={query}
            onValue={props.onQuery}
            inputRef={search}
            onArrowDown={focusList}
            onEnter={() => {
              const first = visible[0];
              if (first) void actions.copy(first.id);
            }}
          />
        )}
      </div>
      {hasAccounts && <FillOnPage describe={props.describe} announce={props.announce} />}
      <ImportTools
        onFound={props.onImport}
        onChooseImage={() => {
          props.onImport(null);
        }}
        describe={props.describe}
      />
      {hasAccounts && (
        <div class="export-tools">
          <button type="button" class="tool" onClick={() => void openMoveToPhone()}>
            <Icon name="phone" />
            <span>{t('exportMoveToPhone')}</span>
          </button>
        </div>
      )}
      <ErrorAlert message={actions.error} />
      {overview.recovered && <p class="warning">{t('popupVaultRecovered')}</p>}
      {overview.backupNeeded && hasAccounts && <BackupNote />}
      <SyncPausedNote />
      {!hasAccounts && <EmptyState />}
      {hasAccounts && (
        <section aria-labelledby="accounts-heading">
          <h2 id="accounts-heading" class="sr-only">
            {t('popupAccountsHeading')}
          </h2>
          {visible.length === 0 && <p class="no-match">{t('popupNoMatch')}</p>}
          <AccountList
            accounts={visible}
            order={overview.accounts}
            firstRowsOnly={isFirstRowsOnly(overview)}
            codes={codes}
            now={now}
            locale={props.locale}
            copiedId={actions.copiedId}
            focusId={props.focusId}
            onFocused={props.onFocused}
            onCopy={(id) => void actions.copy(id)}
            onEdit={props.onEdit}
            onHotpNext={(id) => void actions.hotpNext(id)}
            onMakeCurrent={(id) => void actions.makeCurrent(id)}
            onMove={(id, toIndex) => void actions.move(id, toIndex)}
            onLeaveTop={focusSearch}
          />
        </section>
      )}
      <div class="undo-region" role="status">
        {props.removedId !== null && (
          <UndoBar key={props.removedId} onUndo={props.onUndo} onExpire={props.onUndoExpired} />
        )}
      </div>
    </>
  );
}
