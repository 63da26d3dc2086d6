import { useEffect, useState } from 'preact/hooks';
import { isPassphraseLongEnough, MIN_PASSPHRASE_LENGTH } from '../core/passphrase';
import { describeError } from '../shared/describe-error';
import { t } from '../shared/i18n';
import { passwordField } from './password-field';
import { sendFromPage } from '../shared/send';
import { RestoreBackup } from '../popup/restore/RestoreBackup';
import { saveFile } from './save-file';

type Result = { readonly ok: boolean; readonly text: string } | null;

/**
 * Options -> Backup. Says plainly that the vault lives only in this profile, makes the backup
 * file (a download from this page: no extra permission), and restores one into the open vault.
 */
export function BackupSection() {
  const [lastBackupAt, setLastBackupAt] = useState<number | null>(null);
  const [ownPassphrase, setOwnPassphrase] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>(null);
  const [restoreResult, setRestoreResult] = useState<Result>(null);
  const [restoreKey, setRestoreKey] = useState(0);

  useEffect(() => {
    // The popup's "Not backed up" opens this page at #backup; the section renders after load.
    if (location.hash === '#backup') document.getElementById('backup')?.scrollIntoView();
    sendFromPage('backup/status', null).then(
      (status) => {
        setLastBackupAt(status.lastBackupAt);
      },
      () => undefined,
    );
  }, []);

  const backUp = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (ownPassphrase && !isPassphraseLongEnough(passphrase)) {
      setResult({ ok: false, text: t('popupPassphraseTooShort', String(MIN_PASSPHRASE_LENGTH)) });
      return;
    }
    if (ownPassphrase && passphrase !== confirm) {
      setResult({ ok: false, text: t('optionsPassphraseMismatch') });
      return;
    }
    setBusy(true);
    setResult(null);
    try {
      const file = await sendFromPage('backup/create', {
        passphrase: ownPassphrase ? passphrase : null,
      });
      saveFile(file.fileName, file.text, 'application/json');
      setLastBackupAt(Date.now());
      setPassphrase('');
      setConfirm('');
      setResult({ ok: true, text: t('backupSaved', file.fileName) });
    } catch (failure) {
      setResult({ ok: false, text: describeError(failure) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p>{t('backupWhy')}</p>
      <p>
        {lastBackupAt === null
          ? t('backupNever')
          : t('backupLast', new Date(lastBackupAt).toLocaleString())}
      </p>
      <form onSubmit={(event) => void backUp(event)} aria-busy={busy} noValidate>
        <label class="check">
          <input
            type="checkbox"
            checked={ownPassphrase}
            onChange={(event) => {
              setOwnPassphrase(event.currentTarget.checked);
            }}
          />{' '}
          {t('backupOwnPassphrase')}
        </label>
        {ownPassphrase ? (
          <>
            {passwordField(t('backupFilePassphrase'), passphrase, setPassphrase, 'new-password')}
            {passwordField(t('backupFileConfirm'), confirm, setConfirm, 'new-password')}
          </>
        ) : (
          <p class="hint">{t('backupVaultPassphraseNote')}</p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t('backupWorking') : t('backupNow')}
        </button>
      </form>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} class={result.ok ? 'saved' : 'error'}>
          {result.text}
        </p>
      )}
      <h3>{t('restoreFromBackup')}</h3>
      <RestoreBackup
        key={restoreKey}
        onRestored={(done) => {
          // A fresh form for the next file; the counts stay on screen.
          setRestoreKey((key) => key + 1);
          setRestoreResult({
            ok: true,
            text: t(
              'restoreDone',
              String(done.added),
              String(done.skipped),
              String(done.conflicts),
            ),
          });
        }}
      />
      {restoreResult && (
        <p role="status" class="saved">
          {restoreResult.text}
        </p>
      )}
    </section>
  );
}
