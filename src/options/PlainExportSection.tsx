import { useState } from 'preact/hooks';
import { describeError } from '../shared/describe-error';
import { t } from '../shared/i18n';
import { passwordField } from './password-field';
import type { PlainExportFormat } from '../shared/model/export';
import { sendFromPage } from '../shared/send';
import { saveFile } from './save-file';
import { usePassphraseWait } from '../popup/hooks/use-passphrase-wait';
import { PassphraseWait } from '../popup/ui/PassphraseWait';

/**
 * Options -> Export without encryption: every account in the clear, for another app (otpauth://
 * links, or an Aegis plain vault). The warning comes first and the passphrase is asked again;
 * the encrypted backup is the way to keep accounts safe, this is the way to move them.
 */
export function PlainExportSection({ forbidden }: { readonly forbidden: boolean }) {
  const [format, setFormat] = useState<PlainExportFormat>('otpauth');
  const [passphrase, setPassphrase] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const wait = usePassphraseWait();
  const [result, setResult] = useState<{ readonly ok: boolean; readonly text: string } | null>(
    null,
  );

  const exportFile = async (event: Event) => {
    event.preventDefault();
    if (busy || !understood || wait.until !== null) return;
    setBusy(true);
    setResult(null);
    try {
      const file = await sendFromPage('export/plain', { passphrase, format });
      saveFile(file.fileName, file.text, format === 'aegis' ? 'application/json' : 'text/plain');
      setResult({ ok: true, text: t('plainExportSaved', file.fileName) });
    } catch (failure) {
      setResult(wait.note(failure) ? null : { ok: false, text: describeError(failure) });
    } finally {
      setPassphrase('');
      setBusy(false);
    }
  };

  if (forbidden) {
    return (
      <section aria-labelledby="plain-export-heading">
        <h2 id="plain-export-heading">{t('plainExportHeading')}</h2>
        <p>{t('policyPlainExportsOff')}</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="plain-export-heading">
      <h2 id="plain-export-heading">{t('plainExportHeading')}</h2>
      <p class="warning" role="note">
        {t('plainExportWarning')}
      </p>
      <form onSubmit={(event) => void exportFile(event)} aria-busy={busy} noValidate>
        <label class="field">
          <span>{t('plainExportFormat')}</span>
          <select
            value={format}
            onChange={(event) => {
              setFormat(event.currentTarget.value === 'aegis' ? 'aegis' : 'otpauth');
            }}
          >
            <option value="otpauth">{t('plainExportOtpauth')}</option>
            <option value="aegis">{t('plainExportAegis')}</option>
          </select>
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={understood}
            onChange={(event) => {
              setUnderstood(event.currentTarget.checked);
            }}
          />{' '}
          {t('plainExportUnderstood')}
        </label>
        {passwordField(t('plainExportPassphrase'), passphrase, setPassphrase, 'current-password')}
        <button type="submit" disabled={busy || !understood || wait.until !== null}>
          {t('plainExportSubmit')}
        </button>
      </form>
      <PassphraseWait id="plain-export-wait" until={wait.until} onEnd={wait.end} />
      {result && (
        <p role={result.ok ? 'status' : 'alert'} class={result.ok ? 'saved' : 'error'}>
          {result.text}
        </p>
      )}
    </section>
  );
}
