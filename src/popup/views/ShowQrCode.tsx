import { useCallback, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { AccountView } from '../../shared/model/vault';
import { sendFromPage } from '../../shared/send';
import { QrCode } from '../../export/QrCode';
import { useWipeOnHide } from '../../export/use-wipe';
import { useFocusOnMount } from '../hooks/use-focus-on-mount';
import { accountLabel } from '../../shared/account-label';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { PassphraseWait } from '../ui/PassphraseWait';
import { usePassphraseWait } from '../hooks/use-passphrase-wait';

interface ShowQrCodeProps {
  readonly account: AccountView;
  readonly describe: (error: unknown) => string | null;
}

type Step =
  | { readonly kind: 'closed' }
  | { readonly kind: 'asking' }
  | { readonly kind: 'shown'; readonly uri: string };

/**
 * The edit view's "Show QR code" (DESIGN 4.9): the account's otpauth:// QR code, after the
 * passphrase is given again; hidden again on "Hide QR code", on a lock and when the popup goes.
 */
export function ShowQrCode({ account, describe }: ShowQrCodeProps) {
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const close = useCallback(() => {
    setStep({ kind: 'closed' });
  }, []);
  useWipeOnHide(close);

  if (step.kind === 'asking') {
    return (
      <PassphrasePrompt
        id={account.id}
        describe={describe}
        onShow={(uri) => {
          setStep({ kind: 'shown', uri });
        }}
        onCancel={close}
      />
    );
  }
  if (step.kind === 'shown') {
    return (
      <div class="show-qr">
        <QrCode text={step.uri} label={t('qrCodeLabel', accountLabel(account))} />
        <FocusedButton onClick={close}>{t('popupHideQr')}</FocusedButton>
      </div>
    );
  }
  return (
    <div class="show-qr">
      <button
        type="button"
        onClick={() => {
          setStep({ kind: 'asking' });
        }}
      >
        {t('popupShowQr')}
      </button>
    </div>
  );
}

interface PassphrasePromptProps {
  readonly id: string;
  readonly describe: (error: unknown) => string | null;
  readonly onShow: (uri: string) => void;
  readonly onCancel: () => void;
}

/** The warning and the passphrase; the field (and what was typed) goes when this does. */
function PassphrasePrompt({ id, describe, onShow, onCancel }: PassphrasePromptProps) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useFocusOnMount(field);
  const wait = usePassphraseWait();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || wait.until !== null) return;
    setBusy(true);
    setError(null);
    try {
      const { uri } = await sendFromPage('export/account-uri', { passphrase, id });
      onShow(uri);
    } catch (failure) {
      setBusy(false);
      setError(wait.note(failure) ? null : describe(failure));
    }
  };

  return (
    <form
      class="show-qr"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        // Escape leaves this prompt only, not the whole edit view.
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
      aria-busy={busy}
      noValidate
    >
      <p class="warning">{t('popupShowQrWarning')}</p>
      <Field
        id="show-qr-passphrase"
        type="password"
        label={t('popupPassphrase')}
        autoComplete="current-password"
        inputRef={field}
        value={passphrase}
        onValue={setPassphrase}
        describedBy={wait.until === null ? '' : 'show-qr-wait'}
      />
      <ErrorAlert message={error} />
      <PassphraseWait id="show-qr-wait" until={wait.until} onEnd={wait.end} />
      <div class="buttons">
        <button type="submit" class="primary" disabled={wait.until !== null}>
          {t('popupShowQr')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('popupCancel')}
        </button>
      </div>
    </form>
  );
}

/** Keeps keyboard focus on the step that just appeared. */
function FocusedButton({
  onClick,
  children,
}: {
  readonly onClick: () => void;
  readonly children: string;
}) {
  const button = useRef<HTMLButtonElement>(null);
  useFocusOnMount(button);
  return (
    <button type="button" ref={button} onClick={onClick}>
      {children}
    </button>
  );
}
