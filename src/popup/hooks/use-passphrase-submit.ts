import { useRef, useState } from 'preact/hooks';
import { describeError } from '../../shared/describe-error';
import { t } from '../../shared/i18n';
import { closeIfOpenedForCapture } from '../logic/capture-window';
import { useFocusOnMount } from './use-focus-on-mount';

/**
 * A one-field passphrase form that opens the vault (unlock, join a synced vault): an empty
 * field is refused here, a refusal leaves a readable error and the focus in the field, and
 * on success the popup goes on (closing itself if it was opened for an in-page capture).
 * `onRefused` sees the failure first (say, the vault was deleted meanwhile).
 */
export function usePassphraseSubmit(
  send: (passphrase: string) => Promise<unknown>,
  onOpened: () => void,
  {
    clearWhenSent = false,
    onRefused,
  }: { clearWhenSent?: boolean; onRefused?: (failure: unknown) => void } = {},
) {
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
    if (clearWhenSent) setPassphrase('');
    try {
      await send(given);
      closeIfOpenedForCapture();
      onOpened();
    } catch (failure) {
      onRefused?.(failure);
      setBusy(false);
      setError(describeError(failure));
      field.current?.focus();
      field.current?.select();
    }
  };

  return { passphrase, setPassphrase, error, busy, field, submit };
}
