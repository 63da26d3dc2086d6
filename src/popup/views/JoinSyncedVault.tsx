import { t } from '../../shared/i18n';
import { sendFromPage } from '../../shared/send';
import { usePassphraseSubmit } from '../hooks/use-passphrase-submit';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';

/**
 * First run in a browser whose account already syncs a vault: its passphrase opens it here,
 * and the popup goes on as after an unlock. A new, empty vault stays one click away.
 */
export function JoinSyncedVault({
  onJoined,
  onCreateInstead,
}: {
  readonly onJoined: () => void;
  readonly onCreateInstead: () => void;
}) {
  // Not kept on the page once sent, whatever the answer.
  const { passphrase, setPassphrase, error, busy, field, submit } = usePassphraseSubmit(
    (given) => sendFromPage('sync/join', { passphrase: given }),
    onJoined,
    { clearWhenSent: true },
  );

  return (
    <form class="panel" onSubmit={(event) => void submit(event)} aria-busy={busy} noValidate>
      <h1>{t('popupTitle')}</h1>
      <h2>{t('popupSyncJoinHeading')}</h2>
      <p>{t('popupSyncJoinIntro')}</p>
      <Field
        id="join-passphrase"
        label={t('popupPassphrase')}
        type="password"
        autoComplete="current-password"
        required
        inputRef={field}
        value={passphrase}
        onValue={setPassphrase}
      />
      <ErrorAlert message={error} />
      <button type="submit" class="primary" disabled={busy}>
        {t('syncJoinSubmit')}
      </button>
      <button type="button" onClick={onCreateInstead}>
        {t('popupSyncCreateInstead')}
      </button>
    </form>
  );
}
