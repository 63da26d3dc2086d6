import { t, type MessageKey } from '../../shared/i18n';
import { MIN_PASSPHRASE_LENGTH } from '../../core/passphrase';
import { estimateStrength, type StrengthLevel } from '../logic/passphrase-strength';

const labels: Readonly<Record<StrengthLevel, MessageKey>> = {
  'too-short': 'popupStrengthTooShort',
  weak: 'popupStrengthWeak',
  fair: 'popupStrengthFair',
  good: 'popupStrengthGood',
  strong: 'popupStrengthStrong',
};

const steps: Readonly<Record<StrengthLevel, number>> = {
  'too-short': 0,
  weak: 1,
  fair: 2,
  good: 3,
  strong: 4,
};

/**
 * The live strength hint under the first-run passphrase. The passphrase field points
 * at it with aria-describedby, so it is read with the field rather than announced on every key.
 */
export function PassphraseStrength({
  id,
  passphrase,
}: {
  readonly id: string;
  readonly passphrase: string;
}) {
  const { level } = estimateStrength(passphrase);
  return (
    <div class="strength" data-level={level}>
      <span class="strength-meter" aria-hidden="true">
        <span style={{ width: `${steps[level] * 25}%` }} />
      </span>
      <p id={id} class="hint">
        {passphrase === ''
          ? t('popupPassphraseMinimum', String(MIN_PASSPHRASE_LENGTH))
          : t(labels[level])}
      </p>
    </div>
  );
}
