import { useState } from 'preact/hooks';
import { isPassphraseLongEnough, MIN_PASSPHRASE_LENGTH } from '../core/passphrase';
import { t } from '../shared/i18n';
import { passwordField } from './password-field';
import { sendFromPage } from '../shared/send';
import { changeFailureText } from './change-failure-text';
import { usePassphraseWait } from '../popup/hooks/use-passphrase-wait';
import { PassphraseWait } from '../popup/ui/PassphraseWait';

/** Changing the passphrase rewraps the vault key only; the current one is asked. */
export function ChangePassphrase() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [result, setResult] = useState<{ readonly ok: boolean; readonly text: string } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  // The current passphrase counts toward the wait after wrong ones, as an unlock does.
  const wait = usePassphraseWait();

  const submit = (event: Event) => {
    event.preventDefault();
    // The worker's own rule, asked before the slow round trip (it checks again).
    if (!isPassphraseLongEnough(next)) {
      setResult({ ok: false, text: t('popupPassphraseTooShort', String(MIN_PASSPHRASE_LENGTH)) });
      return;
    }
    if (next !== confirm) {
      setResult({ ok: false, text: t('optionsPassphraseMismatch') });
      return;
    }
    setBusy(true);
    sendFromPage('vault/change-passphrase', { current, next }).then(
      () => {
        setBusy(false);
        setCurrent('');
        setNext('');
        setConfirm('');
        setResult({ ok: true, text: t('optionsPassphraseChanged') });
      },
      (error: unknown) => {
        setBusy(false);
        setResult(wait.note(error) ? null : { ok: false, text: changeFailureText(error) });
      },
    );
  };

  return (
    <section aria-labelledby="passphrase-heading">
      <h2 id="passphrase-heading">{t('optionsPassphraseHeading')}</h2>
      <form onSubmit={submit}>
        {passwordField(t('optionsCurrentPassphrase'), current, setCurrent, 'current-password')}
        {passwordField(t('optionsNewPassphrase'), next, setNext, 'new-password')}
        {passwordField(t('optionsConfirmPassphrase'), confirm, setConfirm, 'new-password')}
        <button type="submit" disabled={busy || wait.until !== null}>
          {t('optionsChangePassphrase')}
        </button>
      </form>
      <PassphraseWait id="change-passphrase-wait" until={wait.until} onEnd={wait.end} />
      {result && (
        <p role={result.ok ? 'status' : 'alert'} class={result.ok ? 'saved' : 'error'}>
          {result.text}
        </p>
      )}
    </section>
  );
}
