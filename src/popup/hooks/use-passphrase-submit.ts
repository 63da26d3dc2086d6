import { useRef, useState } from 'preact/hooks';
import { describeError } from '../../shared/describe-error';
import { t } from '../../shared/i18n';
import { closeIfOpenedForCapture } from '../logic/capture-window';
import { useFocusOnMount } from './use-focus-on-mount';
import { usePassphraseWait } from './use-passphrase-wait';

/**
 * A one-field passphrase form that opens the vault (unlock, join a synced vault): an empty
 * field is refused here, a refusal leaves a readable error and the focus in the field, and
 * on success the popup goes on (closing itself if it was opened for an in-page capture).
 * `onRefused` sees the failure first (say, the vault was deleted meanwhile). After too many
 * wrong passphrases, `wait` holds the submit until the worker checks one again.
 */
export function usePassphraseSubmit(
  send: (passphrase: string) => Promise<unknown>,
  onOpened: () => void,
  {
    clearWhenSent = false,
    onRefused,
    nextAttemptAt = null,
  }: {
    clearWhenSent?: boolean;
    onRefused?: (failure: unknown) => void;
    /** A wait already known when the form appears (the locked overview says it). */
    nextAttemptAt?: number | null;
  } = {},
) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useFocusOnMount(field);
  const wait = usePassphraseWait(nextAttemptAt);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || wait.until !== null) return;
    if (passphrase === '') {
      setError(t('popupPassphraseEmpty'));
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const given = passphrase;
    if (clearWhenSent) setPassphrase('');
    try {
      await send(given);
      closeIfOpenedForCapture();
      onOpened();
    } catch (failure) {
      onRefused?.(failure);
      setBusy(false);
      setError(wait.note(failure) ? null : describeError(failure));
      field.current?.focus();
      field.current?.select();
    }
  };

  return { passphrase, setPassphrase, error, busy, field, submit, wait };
}
