import { t } from '../shared/i18n';
import type { AccountView } from '../shared/model/vault';
import { accountLabel } from '../shared/account-label';

interface AccountChoiceProps {
  readonly accounts: readonly AccountView[];
  readonly chosen: ReadonlySet<string>;
  readonly onChange: (chosen: ReadonlySet<string>) => void;
}

/** One checkbox per account, named like its popup row; "Select all" and "Select none". */
export function AccountChoice({ accounts, chosen, onChange }: AccountChoiceProps) {
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset class="account-choice">
      <legend>{t('exportAccountsLegend')}</legend>
      <div class="choice-buttons">
        <button type="button" onClick={() => onChange(new Set(accounts.map((a) => a.id)))}>
          {t('exportSelectAll')}
        </button>
        <button type="button" onClick={() => onChange(new Set())}>
          {t('exportSelectNone')}
        </button>
      </div>
      <ul>
        {accounts.map((account) => (
          <li key={account.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(account.id)}
                onChange={(event) => {
                  toggle(account.id, event.currentTarget.checked);
                }}
              />
              <span>{accountLabel(account)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
