import { useRef, useState } from 'preact/hooks';
import { describeError } from '../../shared/describe-error';
import { t } from '../../shared/i18n';
import type { RestoreDone, RestorePreview } from '../../shared/model/backup';
import { sendFromPage } from '../../shared/send';
import { useFocusOnMount } from '../hooks/use-focus-on-mount';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { ConfirmRestore } from './ConfirmRestore';

interface RestoreBackupProps {
  /** After a restore: the popup shows the new vault, Options says how it went. */
  readonly onRestored: (done: RestoreDone) => void;
  readonly onCancel?: () => void;
}

/**
 * "Restore from backup": the file and its passphrase, opened in the worker; then what it would
 * do, for the user to confirm (ConfirmRestore). Nothing is written before that.
 */
export function RestoreBackup({ onRestored, onCancel }: RestoreBackupProps) {
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<RestorePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  useFocusOnMount(fileRef);

  const open = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!file) {
      setError(t('restoreNoFile'));
      fileRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setPreview(await sendFromPage('backup/open', { text: await file.text(), passphrase }));
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };

  if (preview) {
    return (
      <ConfirmRestore
        preview={preview}
        backupPassphrase={passphrase}
        onRestored={onRestored}
        onBack={(expired) => {
          setPreview(null);
          setError(expired ? t('restoreExpired') : null);
        }}
      />
    );
  }

  return (
    <form class="restore" onSubmit={(event) => void open(event)} aria-busy={busy} noValidate>
      <p class="hint">{t('restoreIntro')}</p>
      <div class="field">
        <label for="backup-file">{t('restoreFile')}</label>
        <input
          id="backup-file"
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0] ?? null);
            setError(null);
          }}
        />
      </div>
      <Field
        id="backup-passphrase"
        label={t('restorePassphrase')}
        type="password"
        autoComplete="off"
        value={passphrase}
        onValue={setPassphrase}
      />
      <ErrorAlert message={error} />
      <div class="buttons">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('restoreOpening') : t('restoreSubmit')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('popupCancel')}
          </button>
        )}
      </div>
    </form>
  );
}
