import { useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { AccountView } from '../../shared/model/vault';
import { sendFromPage } from '../../shared/send';
import { useAllowableOrigin } from '../hooks/use-allowable-origin';
import { useFocusOnMount } from '../hooks/use-focus-on-mount';
import { withoutSite, withSite } from '../logic/pending-sites';
import { accountLabel } from '../../shared/account-label';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { AccountSites } from './AccountSites';
import { DeleteAccount } from './DeleteAccount';
import { ShowQrCode } from './ShowQrCode';

interface EditAccountProps {
  readonly account: AccountView;
  readonly onSaved: (id: string) => void;
  readonly onDeleted: (id: string) => void;
  readonly onCancel: () => void;
  readonly describe: (error: unknown) => string | null;
}

/**
 * Edit issuer, account name, note and sites; show its QR code; delete, with confirmation.
 * Every change waits for Save, so Cancel undoes it.
 */
export function EditAccount({ account, onSaved, onDeleted, onCancel, describe }: EditAccountProps) {
  const [issuer, setIssuer] = useState(account.issuer);
  const [name, setName] = useState(account.account);
  const [note, setNote] = useState(account.note);
  const [sites, setSites] = useState(account.origins);
  const allowable = useAllowableOrigin();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useFocusOnMount(first);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (issuer.trim() === '' && name.trim() === '') {
      setError(t('popupNameMissing'));
      first.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await sendFromPage('vault/update', {
        id: account.id,
        issuer: issuer.trim(),
        account: name.trim(),
        note: note.trim(),
        origins: sites,
      });
      onSaved(account.id);
    } catch (failure) {
      setBusy(false);
      setError(describe(failure));
    }
  };

  return (
    <div
      class="panel"
      onKeyDown={(event) => {
        // The delete confirmation handles its own Escape first (it stops the event).
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <form onSubmit={(event) => void submit(event)} aria-busy={busy} noValidate>
        <h1>{t('popupEditHeading', accountLabel(account))}</h1>
        <Field
          id="edit-issuer"
          label={t('popupIssuer')}
          autoComplete="off"
          inputRef={first}
          value={issuer}
          onValue={setIssuer}
        />
        <Field
          id="edit-account"
          label={t('popupAccountName')}
          autoComplete="off"
          value={name}
          onValue={setName}
        />
        <div class="field">
          <label for="edit-note">{t('popupNote')}</label>
          <textarea
            id="edit-note"
            rows={3}
            maxLength={2000}
            value={note}
            onInput={(event) => {
              setNote(event.currentTarget.value);
            }}
          />
        </div>
        <AccountSites
          accountName={accountLabel(account)}
          stored={account.origins}
          sites={sites}
          allowable={allowable}
          onRemove={(origin) => {
            setSites((current) => withoutSite(current, origin));
          }}
          onAllow={(origin) => {
            setSites((current) => withSite(current, origin));
          }}
        />
        <ErrorAlert message={error} />
        <div class="buttons">
          <button type="submit" class="primary">
            {busy ? t('popupSaving') : t('popupSave')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('popupCancel')}
          </button>
        </div>
      </form>
      <ShowQrCode account={account} describe={describe} />
      <DeleteAccount account={account} onDeleted={onDeleted} describe={describe} />
    </div>
  );
}
