import { t } from '../../shared/i18n';
import type { ImportedAccountPreview } from '../../shared/model/imports';
import { Field } from '../ui/Field';
import type { ImportChoice } from './logic/import-choices';

interface SingleAccountFieldsProps {
  readonly preview: ImportedAccountPreview | undefined;
  readonly choice: ImportChoice | undefined;
  readonly onChange: (change: Partial<Pick<ImportChoice, 'issuer' | 'account'>>) => void;
}

/** The names of one scanned account, editable before saving. */
export function SingleAccountFields({ preview, choice, onChange }: SingleAccountFieldsProps) {
  if (!preview || !choice) return null;
  return (
    <>
      <Field
        id="import-issuer"
        label={t('popupIssuer')}
        autoComplete="off"
        value={choice.issuer}
        onValue={(issuer) => {
          onChange({ issuer });
        }}
      />
      <Field
        id="import-account"
        label={t('popupAccountName')}
        autoComplete="off"
        value={choice.account}
        onValue={(account) => {
          onChange({ account });
        }}
        hint={t('popupCodeDigits', String(preview.digits))}
      />
      {preview.duplicate && <p class="warning">{t('popupAlreadyStored')}</p>}
    </>
  );
}
