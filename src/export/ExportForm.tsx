import { useState } from 'preact/hooks';
import { describeError } from '../shared/describe-error';
import { t } from '../shared/i18n';
import type { MigrationExport } from '../shared/model/export';
import type { AccountView } from '../shared/model/vault';
import { sendFromPage } from '../shared/send';
import { AccountChoice } from './AccountChoice';
import { usePassphraseWait } from '../popup/hooks/use-passphrase-wait';
import { PassphraseWait } from '../popup/ui/PassphraseWait';

interface ExportFormProps {
  readonly accounts: readonly AccountView[];
  readonly onExported: (result: MigrationExport) => void;
}

/** The warning, the accounts to move (all by default) and the passphrase asked again. */
export function ExportForm({ accounts, onExported }: ExportFormProps) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(accounts.map((account) => account.id)),
  );
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const wait = usePassphraseWait();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || wait.until !== null) return;
    // The list's order, whatever order the boxes were ticked in.
    const ids = accounts.map((account) => account.id).filter((id) => chosen.has(id));
    if (ids.length === 0) {
      setError(t('exportNoneChosen'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await sendFromPage('export/migration', { passphrase, ids });
      setPassphrase('');
      onExported(result);
    } catch (failure) {
      setError(wait.note(failure) ? null : describeError(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-busy={busy} noValidate>
      <p class="warning">{t('exportWarning')}</p>
      <AccountChoice accounts={accounts} chosen={chosen} onChange={setChosen} />
      <label class="field">
        <span>{t('popupPassphrase')}</span>
        <input
          type="password"
          autocomplete="current-password"
          value={passphrase}
          aria-invalid={error ? true : undefined}
          onInput={(event) => {
            setPassphrase(event.currentTarget.value);
          }}
        />
      </label>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <PassphraseWait id="export-wait" until={wait.until} onEnd={wait.end} />
      <p role="status" class="hint">
        {busy ? t('exportChecking') : ''}
      </p>
      <button type="submit" class="primary" disabled={busy || wait.until !== null}>
        {t('exportShowCodes')}
      </button>
    </form>
  );
}
