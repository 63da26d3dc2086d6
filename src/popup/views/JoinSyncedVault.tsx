import { useRef, useState } from 'preact/hooks';
import { describeError } from '../../shared/describe-error';
import { t } from '../../shared/i18n';
import { sendFromPage } from '../../shared/send';
import { useFocusOnMount } from '../hooks/use-focus-on-mount';
import { closeIfOpenedForCapture } from '../logic/capture-window';
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
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useFocusOnMount(field);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setError(t('popupPassphraseEmpty'));
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const given = passphrase;
    // Not kept on the page once sent, whatever the answer.
    setPassphrase('');
    try {
      await sendFromPage('sync/join', { passphrase: given });
      closeIfOpenedForCapture();
      onJoined();
    } catch (failure) {
      setBusy(false);
      setError(describeError(failure));
      field.current?.focus();
    }
  };

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
