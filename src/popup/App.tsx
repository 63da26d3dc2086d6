import browser from 'webextension-polyfill';
import { useCallback, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { MessageError, sendFromPage } from '../shared/send';
import { useAnnouncer } from './hooks/use-announcer';
import { stateFromError, useOverview, type OpeningOverviews } from './hooks/use-overview';
import { useTheme } from './hooks/use-theme';
import { noticeLocale } from '../sites/notice-locale';
import { describeError } from '../shared/describe-error';
import { ErrorAlert } from './ui/ErrorAlert';
import { PopupFooter } from './ui/PopupFooter';
import { AddAccount } from './views/AddAccount';
import { EditAccount } from './views/EditAccount';
import { FirstRun } from './views/FirstRun';
import type { FoundAccounts } from './import/import-result';
import { opensOnImageImport, opensOnRestore } from './import/file-picker-tab';
import { RestoreFirstRun } from './restore/RestoreFirstRun';
import { ImportFlow } from './import/ImportFlow';
import { savedText } from './import/saved-text';
import { ListView } from './views/ListView';
import { Unlock } from './views/Unlock';

type Screen =
  | { readonly kind: 'list' }
  | { readonly kind: 'add' }
  /** Accounts a page scan found, or null to start from an image. */
  | { readonly kind: 'import'; readonly found: FoundAccounts | null }
  | { readonly kind: 'edit'; readonly id: string }
  /** First run: "Restore from backup" instead of a new, empty vault. */
  | { readonly kind: 'restore' };

const locale = noticeLocale(browser.i18n.getUILanguage());

/** The list, or the image import when this page was opened in a tab for the file picker. */
function startScreen(): Screen {
  if (opensOnRestore(location.search)) return { kind: 'restore' };
  return opensOnImageImport(location.search) ? { kind: 'import', found: null } : { kind: 'list' };
}

/**
 * The popup. One `vault/overview` answer picks the view: first run, unlock, or the
 * list; inside the list, "Add account" and "Edit" replace it until done. An error coded
 * 'locked' (or 'no-vault') at any point switches to the view it calls for.
 */
export function App({ opening }: { readonly opening: OpeningOverviews }) {
  const { load, refresh, setOverview } = useOverview(opening);
  const [screen, setScreen] = useState<Screen>(startScreen);
  const [query, setQuery] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const [removedId, setRemovedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { message, announce } = useAnnouncer();
  // Asked for once the first view is up, not while the worker answers the overview.
  useTheme(load.kind !== 'loading');

  /** A failure as text to show, or null when it changed the view instead. */
  const describe = useCallback(
    (failure: unknown): string | null => {
      const state = stateFromError(failure);
      if (!state) return describeError(failure);
      setOverview({ state });
      return null;
    },
    [setOverview],
  );
  const toList = useCallback((focus: string | null = null) => {
    setScreen({ kind: 'list' });
    setFocusId(focus);
  }, []);
  const afterUnlock = useCallback(() => {
    setScreen(startScreen());
    setQuery('');
    void refresh();
  }, [refresh]);
  const onFocused = useCallback(() => {
    setFocusId(null);
  }, []);
  const lock = useCallback(async () => {
    try {
      await sendFromPage('vault/lock', null);
      setRemovedId(null);
      setOverview({ state: 'locked' });
    } catch (failure) {
      setError(describe(failure));
    }
  }, [describe, setOverview]);
  const undo = useCallback(async () => {
    if (removedId === null) return;
    setRemovedId(null);
    try {
      await sendFromPage('vault/restore', { id: removedId });
      await refresh();
      setFocusId(removedId);
    } catch (failure) {
      setError(describe(failure));
    }
  }, [removedId, describe, refresh]);
  const forgetRemoved = useCallback(() => {
    setRemovedId(null);
  }, []);

  return (
    <>
      {view()}
      <ErrorAlert message={error} />
      <p class="toast" role="status">
        {message}
      </p>
      {load.kind !== 'loading' && <PopupFooter />}
    </>
  );

  function view() {
    if (load.kind === 'loading') return <p class="loading">{t('popupLoading')}</p>;
    if (load.kind === 'failed') {
      // No answer at all (the worker could not be reached) reads better as "reopen this window".
      const known = load.error instanceof MessageError;
      return (
        <div class="panel">
          <ErrorAlert message={known ? describeError(load.error) : t('popupLoadFailed')} />
        </div>
      );
    }
    const { overview } = load;
    if (overview.state === 'none') {
      if (screen.kind === 'restore') {
        return (
          <RestoreFirstRun
            onRestored={() => {
              setScreen({ kind: 'list' });
              void refresh();
            }}
            onCancel={() => {
              setScreen({ kind: 'list' });
            }}
          />
        );
      }
      return (
        <FirstRun
          onCreated={afterUnlock}
          onRestore={() => {
            setScreen({ kind: 'restore' });
          }}
        />
      );
    }
    if (overview.state === 'locked') {
      return <Unlock onUnlocked={afterUnlock} nextAttemptAt={overview.nextAttemptAt ?? null} />;
    }
    if (screen.kind === 'add') {
      return (
        <AddAccount
          describe={describe}
          onCancel={() => {
            toList();
          }}
          onAdded={(id) => {
            // The new account must be visible: a search that hides it is cleared.
            setQuery('');
            void refresh().then(() => {
              toList(id);
            });
          }}
        />
      );
    }
    if (screen.kind === 'import') {
      return (
        <ImportFlow
          found={screen.found}
          locale={locale}
          describe={describe}
          onCancel={() => {
            toList();
          }}
          onSaved={(saved, firstName) => {
            setQuery('');
            announce(savedText(saved, firstName));
            void refresh().then(() => {
              toList(saved.added[0] ?? null);
            });
          }}
        />
      );
    }
    const editing =
      screen.kind === 'edit' ? overview.accounts.find(({ id }) => id === screen.id) : null;
    if (editing) {
      return (
        <EditAccount
          key={editing.id}
          account={editing}
          describe={describe}
          onCancel={() => {
            toList(editing.id);
          }}
          onSaved={(id) => {
            void refresh().then(() => {
              toList(id);
            });
          }}
          onDeleted={(id) => {
            setRemovedId(id);
            void refresh().then(() => {
              toList();
            });
          }}
        />
      );
    }
    return (
      <ListView
        overview={overview}
        locale={locale}
        query={query}
        onQuery={setQuery}
        focusId={focusId}
        onFocused={onFocused}
        removedId={removedId}
        onUndo={() => void undo()}
        onUndoExpired={forgetRemoved}
        onAdd={() => {
          setScreen({ kind: 'add' });
        }}
        onEdit={(id) => {
          setScreen({ kind: 'edit', id });
        }}
        onImport={(found) => {
          setScreen({ kind: 'import', found });
        }}
        onLock={() => void lock()}
        refresh={refresh}
        setOverview={setOverview}
        announce={announce}
        describe={describe}
      />
    );
  }
}
