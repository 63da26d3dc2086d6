import { useEffect, useState } from 'preact/hooks';
import { describeError } from '../shared/describe-error';
import { t } from '../shared/i18n';
import type { SyncStatus } from '../shared/model/sync';
import { sendFromPage } from '../shared/send';
import { useSyncStatus } from '../shared/use-sync-status';
import { passwordField } from './password-field';
import { SyncStatusText } from './SyncStatusText';

type Result = { readonly ok: boolean; readonly text: string } | null;

/**
 * Options -> Sync: opt-in sync with the browser's account (off by default), joining a vault
 * another browser already syncs, and where sync stands. The background does the work; this
 * section sends the user's choices and shows the status it answers.
 */
export function SyncSection({
  passkeyCount,
}: {
  /** This browser's passkeys (use-passkeys.ts), which a join drops. */
  readonly passkeyCount: number;
}) {
  const { status, known, setStatus } = useSyncStatus();
  /** The checkbox's new state while its request runs (a controlled box would snap back). */
  const [switching, setSwitching] = useState<boolean | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>(null);

  useEffect(() => {
    // The popup's "Sync is paused" opens this page at #sync; the section renders after load.
    if (location.hash === '#sync') document.getElementById('sync')?.scrollIntoView();
  }, []);

  const run = async (action: () => Promise<SyncStatus>, done: string | null = null) => {
    setBusy(true);
    setResult(null);
    try {
      setStatus(await action());
      if (done) setResult({ ok: true, text: done });
    } catch (failure) {
      setResult({ ok: false, text: describeError(failure) });
    } finally {
      setBusy(false);
    }
  };

  const toggle = async (on: boolean) => {
    setSwitching(on);
    await run(() => sendFromPage(on ? 'sync/enable' : 'sync/disable', null));
    setSwitching(null);
  };

  const join = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setResult({ ok: false, text: t('popupPassphraseEmpty') });
      return;
    }
    const given = passphrase;
    // Not kept on the page once sent, whatever the answer.
    setPassphrase('');
    await run(() => sendFromPage('sync/join', { passphrase: given }), t('syncJoined'));
  };

  if (status?.forbidden === true) {
    return (
      <section id="sync" aria-labelledby="sync-heading">
        <h2 id="sync-heading">{t('syncHeading')}</h2>
        <p>{t('policySyncOff')}</p>
      </section>
    );
  }

  return (
    <section id="sync" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('syncHeading')}</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={switching ?? status?.enabled ?? false}
          disabled={!known}
          aria-describedby="sync-hint"
          onChange={(event) => {
            // Not disabled while busy, so that keyboard focus stays on it: a click then is undone.
            if (busy) event.currentTarget.checked = !event.currentTarget.checked;
            else void toggle(event.currentTarget.checked);
          }}
        />{' '}
        {t('syncEnable')}
      </label>
      <p id="sync-hint" class="hint">
        {t('syncHint')}
      </p>
      {status?.joinable && (
        <form onSubmit={(event) => void join(event)} aria-busy={busy} noValidate>
          <p>{t('syncJoinIntro')}</p>
          {/* Passkey slots wrap this browser's vault key, which joining replaces (DESIGN 4.9). */}
          {passkeyCount > 0 && <p>{t('syncJoinDropsPasskeys')}</p>}
          {passwordField(t('popupPassphrase'), passphrase, setPassphrase, 'current-password')}
          <button type="submit" disabled={busy}>
            {t('syncJoinSubmit')}
          </button>
        </form>
      )}
      <SyncStatusText status={status} />
      {status?.enabled && (
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(() => sendFromPage('sync/now', null))}
        >
          {t('syncNow')}
        </button>
      )}
      {result && (
        <p role={result.ok ? 'status' : 'alert'} class={result.ok ? 'saved' : 'error'}>
          {result.text}
        </p>
      )}
    </section>
  );
}
