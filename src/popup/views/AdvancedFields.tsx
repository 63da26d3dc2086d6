import { hashAlgorithms, type HashAlgorithm, type OtpType } from '../../core/otp-types';
import { t, type MessageKey } from '../../shared/i18n';
import type { AccountDraft, DraftProblems } from '../logic/account-draft';
import { Field } from '../ui/Field';

interface AdvancedFieldsProps {
  readonly draft: AccountDraft;
  readonly problems: DraftProblems;
  readonly disabled: boolean;
  readonly onChange: (change: Partial<AccountDraft>) => void;
}

const types: readonly { readonly value: OtpType; readonly label: MessageKey }[] = [
  { value: 'totp', label: 'popupTypeTotp' },
  { value: 'hotp', label: 'popupTypeHotp' },
  { value: 'steam', label: 'popupTypeSteam' },
];

/**
 * Type, algorithm, digits, period or counter, behind an "Advanced" disclosure: most
 * sites use the defaults (TOTP, SHA1, 6 digits, 30 s). Steam Guard fixes all of them.
 */
export function AdvancedFields({ draft, problems, disabled, onChange }: AdvancedFieldsProps) {
  const problem = (key: MessageKey | undefined) => (key ? t(key) : null);
  return (
    <details class="advanced">
      <summary>{t('popupAdvanced')}</summary>
      <div class="field">
        <label for="add-type">{t('popupType')}</label>
        <select
          id="add-type"
          value={draft.type}
          disabled={disabled}
          onChange={(event) => {
            onChange({ type: event.currentTarget.value as OtpType });
          }}
        >
          {types.map(({ value, label }) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </div>
      {draft.type !== 'steam' && (
        <>
          <div class="field">
            <label for="add-algorithm">{t('popupAlgorithm')}</label>
            <select
              id="add-algorithm"
              value={draft.algorithm}
              disabled={disabled}
              onChange={(event) => {
                onChange({ algorithm: event.currentTarget.value as HashAlgorithm });
              }}
            >
              {hashAlgorithms.map((algorithm) => (
                <option key={algorithm} value={algorithm}>
                  {algorithm}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="add-digits">{t('popupDigits')}</label>
            <select
              id="add-digits"
              value={draft.digits}
              disabled={disabled}
              onChange={(event) => {
                onChange({ digits: event.currentTarget.value });
              }}
            >
              {['6', '7', '8'].map((digits) => (
                <option key={digits} value={digits}>
                  {digits}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      {draft.type === 'totp' && (
        <Field
          id="add-period"
          label={t('popupPeriod')}
          inputMode="numeric"
          disabled={disabled}
          value={draft.period}
          onValue={(period) => {
            onChange({ period });
          }}
          error={problem(problems.period)}
        />
      )}
      {draft.type === 'hotp' && (
        <Field
          id="add-counter"
          label={t('popupCounter')}
          inputMode="numeric"
          disabled={disabled}
          value={draft.counter}
          onValue={(counter) => {
            onChange({ counter });
          }}
          error={problem(problems.counter)}
        />
      )}
    </details>
  );
}
