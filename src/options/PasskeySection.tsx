import { useEffect, useState } from 'preact/hooks';
import type { PasskeySlotInfo } from '../core/crypto';
import { describeError } from '../shared/describe-error';
import { t } from '../shared/i18n';
import { passkeyFailureText, passkeyProblemText } from '../shared/passkey/problem-text';
import { passkeyProblem, registerPasskey, type PasskeyProblem } from '../shared/passkey/webauthn';
import { sendFromPage } from '../shared/send';
import { passwordField } from './password-field';
import type { Passkeys } from './use-passkeys';
import { usePassphraseWait } from '../popup/hooks/use-passphrase-wait';
import { PassphraseWait } from '../popup/ui/PassphraseWait';

interface Result {
  readonly ok: boolean;
  readonly text: string;
}

/**
 * "Unlock with a passkey": registers a passkey whose PRF output opens the vault as one more key
 * slot, after the passphrase (a new way in is the user's act), and removes it again. Where the
 * browser cannot do it, the button stays, disabled, with the reason next to it.
 */
export function PasskeySection({ passkeys, setPasskeys }: Passkeys) {
  const [problem, setProblem] = useState<PasskeyProblem | null>(null);
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  // The passphrase asked here counts toward the wait after wrong ones, as an unlock does.
  const wait = usePassphraseWait();

  useEffect(() => {
    void passkeyProblem().then(setProblem);
  }, []);

  const fail = (failure: unknown) => {
    setBusy(false);
    setResult(
      wait.note(failure) ? null : { ok: false, text: passkeyFailureText(failure, describeError) },
    );
  };

  const add = async (event: Event) => {
    event.preventDefault();
    if (busy || wait.until !== null) return;
    const chosen = name.trim() || t('optionsPasskeyDefaultName');
    if (passphrase === '') {
      setResult({ ok: false, text: t('popupPassphraseEmpty') });
      return;
    }
    setBusy(true);
    setResult(null);
    try {
      const registration = await sendFromPage('passkey/begin', { passphrase });
      setPassphrase('');
      const output = await registerPasskey(registration, {
        name: chosen,
        displayName: t('extensionName'),
      });
      const list = await sendFromPage('passkey/add', {
        grant: registration.grant,
        name: chosen,
        ...output,
      });
      setPasskeys(list.passkeys);
      setAdding(false);
      setName('');
      setBusy(false);
      setResult({ ok: true, text: t('optionsPasskeyAdded', chosen) });
    } catch (failure) {
      fail(failure);
    }
  };

  const remove = async (passkey: PasskeySlotInfo) => {
    setResult(null);
    try {
      const list = await sendFromPage('passkey/remove', { slotId: passkey.slotId });
      setPasskeys(list.passkeys);
      setResult({ ok: true, text: t('optionsPasskeyRemoved', passkey.name) });
    } catch (failure) {
      fail(failure);
    }
  };

  return (
    <section aria-labelledby="passkey-heading">
      <h2 id="passkey-heading">{t('optionsPasskeyHeading')}</h2>
      <p class="hint">{t('optionsPasskeyHint')}</p>
      {passkeys.length > 0 && (
        <ul class="passkeys" aria-label={t('optionsPasskeyListLabel')}>
          {passkeys.map((passkey) => (
            <li key={passkey.slotId}>
              <span>{passkey.name}</span>{' '}
              <button
                type="button"
                aria-label={t('optionsPasskeyRemove', passkey.name)}
                onClick={() => void remove(passkey)}
              >
                {t('optionsPasskeyRemoveShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!adding && (
        <button
          type="button"
          disabled={problem !== null}
          aria-describedby={problem ? 'passkey-unavailable' : undefined}
          onClick={() => {
            setAdding(true);
            setResult(null);
          }}
        >
          {t('optionsUnlockWithPasskey')}
        </button>
      )}
      {problem && (
        <p id="passkey-unavailable" class="hint">
          {passkeyProblemText(problem)}
        </p>
      )}
      {adding && (
        <form onSubmit={(event) => void add(event)} aria-busy={busy}>
          <label class="field">
            <span>{t('optionsPasskeyName')}</span>
            <input
              type="text"
              maxLength={64}
              placeholder={t('optionsPasskeyDefaultName')}
              value={name}
              onInput={(event) => {
                setName(event.currentTarget.value);
              }}
            />
          </label>
          {passwordField(
            t('optionsPasskeyPassphrase'),
            passphrase,
            setPassphrase,
            'current-password',
          )}
          <PassphraseWait id="passkey-wait" until={wait.until} onEnd={wait.end} />
          <button type="submit" class="primary" disabled={busy || wait.until !== null}>
            {t('optionsPasskeyAdd')}
          </button>{' '}
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setAdding(false);
              setPassphrase('');
            }}
          >
            {t('popupCancel')}
          </button>
        </form>
      )}
      {result && (
        <p role={result.ok ? 'status' : 'alert'} class={result.ok ? 'saved' : 'error'}>
          {result.text}
        </p>
      )}
    </section>
  );
}
