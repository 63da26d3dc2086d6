import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { ImportSaved } from '../../shared/model/imports';
import { MessageError, sendFromPage } from '../../shared/send';
import type { Locale } from '../../sites/site-profile';
import { accountLabel } from '../../shared/account-label';
import { ErrorAlert } from '../ui/ErrorAlert';
import { AccountChoices } from './AccountChoices';
import { BatchProgress } from './BatchProgress';
import { FailedAccounts } from './FailedAccounts';
import type { FoundAccounts } from './import-result';
import { initialChoices, replaceChoice, selectionOf } from './logic/import-choices';
import { siteWarningFor } from './logic/site-warning';
import { SingleAccountFields } from './SingleAccountFields';
import { SiteAcknowledgement } from './SiteAcknowledgement';

interface ConfirmImportProps {
  readonly found: FoundAccounts;
  readonly locale: Locale;
  readonly onSaved: (saved: ImportSaved, firstName: string) => void;
  readonly onCancel: () => void;
  /** Another QR code of the same export: back to the image view. */
  readonly onAddNext: () => void;
  readonly describe: (error: unknown) => string | null;
}

/**
 * What a scan or an image holds, for the user to confirm before anything is stored:
 * one account with editable names, or an export's accounts with checkboxes; those that cannot
 * be imported listed with their reason; the site and its Insights warning when there is one.
 */
export function ConfirmImport(props: ConfirmImportProps) {
  const { found, describe } = props;
  const [choices, setChoices] = useState(() => initialChoices(found.accounts));
  const [acknowledged, setAcknowledged] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useLayoutEffect(() => {
    form.current?.querySelector<HTMLElement>('input:not(:disabled), button')?.focus();
  }, []);

  const single = found.accounts.length === 1 && found.failed.length === 0 && !found.batch;
  // A single account is saved as asked; one already stored is then reported, not added.
  const selection = selectionOf(single ? choices.map((c) => ({ ...c, keep: true })) : choices);
  const warning = siteWarningFor(found.siteId, props.locale);
  const canSave = selection.length > 0 && (!warning || acknowledged) && !busy;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!canSave) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await sendFromPage('import/save', { token: found.token, accounts: selection });
      props.onSaved(saved, accountLabel(selection[0] ?? { issuer: '', account: '' }));
    } catch (failure) {
      setBusy(false);
      const expired = failure instanceof MessageError && failure.code === 'not-found';
      setError(expired ? t('popupImportExpired') : describe(failure));
    }
  };

  return (
    <form
      class="panel confirm-import"
      ref={form}
      aria-busy={busy}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          props.onCancel();
        }
      }}
    >
      <h1>{t(single ? 'popupConfirmOneHeading' : 'popupConfirmManyHeading')}</h1>
      <p class="hint">{bindingText(found)}</p>
      {found.batch && <BatchProgress batch={found.batch} onAddNext={props.onAddNext} />}
      {single ? (
        <SingleAccountFields
          preview={found.accounts[0]}
          choice={choices[0]}
          onChange={(change) => {
            setChoices((previous) => replaceChoice(previous, 0, change));
          }}
        />
      ) : (
        <AccountChoices
          accounts={found.accounts}
          choices={choices}
          onKeep={(index, keep) => {
            setChoices((previous) => replaceChoice(previous, index, { keep }));
          }}
        />
      )}
      <FailedAccounts failed={found.failed} />
      {warning && (
        <SiteAcknowledgement
          warning={warning}
          acknowledged={acknowledged}
          onAcknowledged={setAcknowledged}
        />
      )}
      {!single && selection.length === 0 && <p class="hint">{t('popupNothingSelected')}</p>}
      <ErrorAlert message={error} />
      <div class="buttons">
        <button type="submit" class="primary" disabled={!canSave}>
          {busy ? t('popupSaving') : t('popupSave')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('popupCancel')}
        </button>
      </div>
    </form>
  );
}

/** Where the accounts' codes will be offered, or why nowhere. */
function bindingText(found: FoundAccounts): string {
  if (found.origin) return t('popupBoundTo', found.origin);
  return found.notDrawnByPage ? t('popupNotBoundFrame') : t('popupNotBound');
}
