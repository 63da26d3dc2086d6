import { closeIfOpenedForCapture } from '../logic/capture-window';
import { openRestoreInTab, pickerNeedsTab } from '../import/file-picker-tab';
import { useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { MessageError, sendFromPage } from '../../shared/send';
import {
  isPassphraseLongEnough,
  MIN_PASSPHRASE_LENGTH,
  passphraseLength,
} from '../../core/passphrase';
import { useFocusOnMount } from '../hooks/use-focus-on-mount';
import { describeError } from '../../shared/describe-error';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { PassphraseStrength } from '../ui/PassphraseStrength';

/** First run: choose the passphrase that encrypts a new vault (names per DESIGN 5). */
export function CreateVault({
  onCreated,
  onRestore,
}: {
  readonly onCreated: () => void;
  /** "Restore from backup": a vault made from a backup file instead of an empty one. */
  readonly onRestore: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [confirmTouched, setConfirmTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const passphraseRef = useRef<HTMLInputElement>(null);
  useFocusOnMount(passphraseRef);
  const confirmRef = useRef<HTMLInputElement>(null);

  const tooShort = !isPassphraseLongEnough(passphrase);
  const mismatch = confirmation !== passphrase;
  // Live, but not on blur: an error appearing as focus leaves the field would move the button
  // under the pointer between mousedown and mouseup, and the click would be lost.
  const showMismatch =
    mismatch && (confirmTouched || passphraseLength(confirmation) >= passphraseLength(passphrase));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (tooShort) {
      setError(t('popupPassphraseTooShort', String(MIN_PASSPHRASE_LENGTH)));
      passphraseRef.current?.focus();
      return;
    }
    if (mismatch) {
      // The field's own error says it (read with the field); no second alert.
      setConfirmTouched(true);
      setError(null);
      confirmRef.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      await sendFromPage('vault/create', { passphrase });
      closeIfOpenedForCapture();
      onCreated();
    } catch (failure) {
      // Another window created the vault meanwhile: the refresh shows the unlock view.
      if (failure instanceof MessageError && failure.code === 'vault-exists') onCreated();
      setError(describeError(failure));
      setBusy(false);
      passphraseRef.current?.focus();
    }
  };

  return (
    <form class="panel" onSubmit={(event) => void submit(event)} aria-busy={busy} noValidate>
      <h1>{t('popupTitle')}</h1>
      <h2>{t('popupFirstRunHeading')}</h2>
      <p>{t('popupFirstRunIntro')}</p>
      <Field
        id="new-passphrase"
        label={t('popupPassphrase')}
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSPHRASE_LENGTH}
        inputRef={passphraseRef}
        value={passphrase}
        onValue={setPassphrase}
        describedBy="new-passphrase-strength"
      />
      <PassphraseStrength id="new-passphrase-strength" passphrase={passphrase} />
      <Field
        id="confirm-passphrase"
        label={t('popupConfirmPassphrase')}
        type="password"
        autoComplete="new-password"
        required
        inputRef={confirmRef}
        value={confirmation}
        onValue={setConfirmation}
        error={showMismatch ? t('popupPassphraseMismatch') : null}
      />
      <ErrorAlert message={error} />
      <button type="submit" class="primary">
        {busy ? t('popupCreatingVault') : t('popupCreateVault')}
      </button>
      <p class="hint">{t('popupFirstRunWarning')}</p>
      <button
        type="button"
        onClick={() => {
          void pickerNeedsTab().then((needsTab) => {
            if (needsTab) void openRestoreInTab();
            else onRestore();
          });
        }}
      >
        {t('restoreFromBackup')}
      </button>
    </form>
  );
}
