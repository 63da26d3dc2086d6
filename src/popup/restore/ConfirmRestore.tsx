import { useState } from 'preact/hooks';
import { isPassphraseLongEnough, MIN_PASSPHRASE_LENGTH } from '../../core/passphrase';
import { describeError } from '../../shared/describe-error';
import { t } from '../../shared/i18n';
import type { RestoreDone, RestorePreview } from '../../shared/model/backup';
import { MessageError, sendFromPage } from '../../shared/send';
import { FailedAccounts } from '../import/FailedAccounts';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { PassphraseStrength } from '../ui/PassphraseStrength';

interface ConfirmRestoreProps {
  readonly preview: RestorePreview;
  /** Offered as the new vault's passphrase on first run; the user may choose another. */
  readonly backupPassphrase: string;
  readonly onRestored: (done: RestoreDone) => void;
  readonly onBack: (expired: boolean) => void;
}

/** What the backup would restore, and "Restore" to write it (the only step that writes). */
export function ConfirmRestore(props: ConfirmRestoreProps) {
  const { preview } = props;
  const newVault = preview.into === 'new-vault';
  const [passphrase, setPassphrase] = useState(props.backupPassphrase);
  const [confirmation, setConfirmation] = useState(props.backupPassphrase);
  // A new vault takes the backup's settings; an open one keeps its own unless asked.
  const [settings, setSettings] = useState(newVault && preview.hasSettings);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nothingToAdd = preview.toAdd === 0;

  const restore = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (newVault && !isPassphraseLongEnough(passphrase)) {
      setError(t('popupPassphraseTooShort', String(MIN_PASSPHRASE_LENGTH)));
      return;
    }
    if (newVault && passphrase !== confirmation) {
      setError(t('popupPassphraseMismatch'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const done = await sendFromPage('backup/restore', {
        token: preview.token,
        settings,
        passphrase: newVault ? passphrase : null,
      });
      props.onRestored(done);
    } catch (failure) {
      setBusy(false);
      if (isExpiredRestore(failure)) props.onBack(true);
      else setError(describeError(failure));
    }
  };

  return (
    <form class="restore" onSubmit={(event) => void restore(event)} aria-busy={busy} noValidate>
      <h2>{t('restoreFrom', new Date(preview.createdAt).toLocaleString())}</h2>
      <ul class="restore-counts">
        <li>{t('restoreToAdd', String(preview.toAdd))}</li>
        {preview.skipped > 0 && <li>{t('restoreSkipped', String(preview.skipped))}</li>}
      </ul>
      {preview.conflicts.length > 0 && (
        <section aria-labelledby="restore-conflicts">
          <h3 id="restore-conflicts">{t('restoreConflicts')}</h3>
          <ul>
            {preview.conflicts.map((name, index) => (
              <li key={index}>{name}</li>
            ))}
          </ul>
        </section>
      )}
      <FailedAccounts
        failed={preview.failed.map((failure) => ({
          issuer: failure.label,
          account: '',
          code: failure.code,
        }))}
      />
      {newVault && (
        <>
          <p class="hint">{t('restoreNewPassphraseIntro')}</p>
          <Field
            id="restore-new-passphrase"
            label={t('popupPassphrase')}
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onValue={setPassphrase}
            describedBy="restore-new-passphrase-strength"
          />
          <PassphraseStrength id="restore-new-passphrase-strength" passphrase={passphrase} />
          <Field
            id="restore-confirm-passphrase"
            label={t('popupConfirmPassphrase')}
            type="password"
            autoComplete="new-password"
            value={confirmation}
            onValue={setConfirmation}
          />
        </>
      )}
      {preview.hasSettings && (
        <label class="check">
          <input
            type="checkbox"
            checked={settings}
            onChange={(event) => {
              setSettings(event.currentTarget.checked);
            }}
          />{' '}
          {t('restoreSettings')}
        </label>
      )}
      {nothingToAdd && <p class="hint">{t('restoreNothing')}</p>}
      <ErrorAlert message={error} />
      <div class="buttons">
        <button
          type="submit"
          class="primary"
          disabled={busy || (nothingToAdd && !newVault && !settings)}
        >
          {busy ? t('restoreRestoring') : t('restoreSubmit')}
        </button>
        <button
          type="button"
          onClick={() => {
            props.onBack(false);
          }}
        >
          {t('popupCancel')}
        </button>
      </div>
    </form>
  );
}

/** The held file expired (ten minutes, or a lock): it must be opened again. */
function isExpiredRestore(failure: unknown): boolean {
  return failure instanceof MessageError && failure.code === 'not-found';
}
