import type { Settings } from '../shared/model/settings';
import { t } from '../shared/i18n';
import { SubmitAfterFillOrigins } from './SubmitAfterFillOrigins';
import { lockedSettings } from '../core/policy/managed-settings';
import type { Policy } from '../core/policy/policy';
import { ManagedHint } from './ManagedHint';

/**
 * Sign-in fill settings: fill automatically when a bound portal asks for the code,
 * also copy the code, and the sites where the form is submitted after filling.
 */
export function SignInSettings({
  settings,
  policy,
  save,
}: {
  readonly settings: Settings;
  readonly policy: Policy;
  readonly save: (changes: Partial<Settings>) => void;
}) {
  const fillLocked = lockedSettings(policy).has('fillOnSignIn');
  return (
    <div role="group" aria-labelledby="sign-in-heading">
      <h3 id="sign-in-heading">{t('optionsSignInHeading')}</h3>
      <p>
        <label>
          <input
            type="checkbox"
            checked={settings.fillOnSignIn}
            disabled={fillLocked}
            aria-describedby={fillLocked ? 'fill-managed' : undefined}
            onChange={(event) => {
              save({ fillOnSignIn: event.currentTarget.checked });
            }}
          />{' '}
          {t('optionsFillOnSignIn')}
        </label>
      </p>
      {fillLocked && <ManagedHint id="fill-managed" />}
      <p>
        <label>
          <input
            type="checkbox"
            checked={settings.copyAfterFill}
            onChange={(event) => {
              save({ copyAfterFill: event.currentTarget.checked });
            }}
          />{' '}
          {t('optionsCopyAfterFill')}
        </label>
      </p>
      <SubmitAfterFillOrigins
        origins={settings.submitAfterFillOrigins}
        managed={policy.submitAfterFillOrigins}
        save={save}
      />
    </div>
  );
}
