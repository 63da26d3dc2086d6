import { t } from '../../shared/i18n';
import type { ImportedAccountPreview } from '../../shared/model/imports';
import { accountLabel } from '../../shared/account-label';
import type { ImportChoice } from './logic/import-choices';

interface AccountChoicesProps {
  readonly accounts: readonly ImportedAccountPreview[];
  readonly choices: readonly ImportChoice[];
  readonly onKeep: (index: number, keep: boolean) => void;
}

/**
 * The accounts of a Google Authenticator export, each with a checkbox. Accounts
 * already in the vault are shown, unticked and disabled, so the user sees nothing went missing.
 */
export function AccountChoices({ accounts, choices, onKeep }: AccountChoicesProps) {
  return (
    <fieldset class="choices">
      <legend>{t('popupAccountsToSave')}</legend>
      <ul>
        {choices.map((choice) => {
          const preview = accounts[choice.index];
          if (!preview) return null;
          const id = `import-choice-${choice.index}`;
          return (
            <li key={choice.index}>
              <input
                type="checkbox"
                id={id}
                checked={choice.keep}
                disabled={preview.duplicate}
                onChange={(event) => {
                  onKeep(choice.index, event.currentTarget.checked);
                }}
              />
              <label for={id}>
                {accountLabel(preview) || t('popupUnnamedAccount')}
                {preview.duplicate && <span class="hint"> {t('popupAlreadyStoredShort')}</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
