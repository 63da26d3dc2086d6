import { t } from '../../shared/i18n';
import { sendFromPage } from '../../shared/send';
import { useSyncStatus } from '../../shared/use-sync-status';
import { stateFromError } from '../hooks/use-overview';
import { usePassphraseSubmit } from '../hooks/use-passphrase-submit';
import { PasskeyUnlock } from '../passkey/PasskeyUnlock';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { PassphraseWait } from '../ui/PassphraseWait';

/**
 * The locked view. A wrong passphrase leaves everything as it was: a readable error,
 * and the field keeps focus with its text selected, ready to be typed over. After too many in
 * a row, the wait before the next try counts down and Unlock is off meanwhile.
 */
export function Unlock({
  onUnlocked,
  nextAttemptAt = null,
}: {
  readonly onUnlocked: () => void;
  /** The wait the locked overview reported, shown from the start. */
  readonly nextAttemptAt?: number | null;
}) {
  // Another browser that syncs with this one changed the passphrase: the old one no longer opens.
  const { status } = useSyncStatus();
  const { passphrase, setPassphrase, error, busy, field, submit, wait } = usePassphraseSubmit(
    (given) => sendFromPage('vault/unlock', { passphrase: given }),
    onUnlocked,
    {
      // The vault was deleted meanwhile: the refresh shows the first-run view.
      onRefused: (failure) => {
        if (stateFromError(failure) === 'none') onUnlocked();
      },
      nextAttemptAt,
    },
  );

  return (
    <form class="panel" onSubmit={(event) => void submit(event)} aria-busy={busy} noValidate>
      <h1>{t('popupTitle')}</h1>
      <h2>{t('popupLockedHeading')}</h2>
      {status?.passphraseChanged && (
        <p id="unlock-passphrase-changed" class="warning">
          {t('popupSyncPassphraseChanged')}
        </p>
      )}
      <PasskeyUnlock onUnlocked={onUnlocked} />
      <Field
        id="unlock-passphrase"
        label={t('popupPassphrase')}
        type="password"
        autoComplete="current-password"
        required
        inputRef={field}
        value={passphrase}
        onValue={setPassphrase}
        describedBy={[
          status?.passphraseChanged ? 'unlock-passphrase-changed' : '',
          wait.until === null ? '' : 'unlock-wait',
        ]
          .filter(Boolean)
          .join(' ')}
      />
      <ErrorAlert message={error} />
      <PassphraseWait id="unlock-wait" until={wait.until} onEnd={wait.end} />
      <button type="submit" class="primary" disabled={wait.until !== null}>
        {busy ? t('popupUnlocking') : t('popupUnlock')}
      </button>
    </form>
  );
}
