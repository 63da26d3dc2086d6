import type { Settings } from '../shared/model/settings';
import { t } from '../shared/i18n';
import { SubmitAfterFillOrigins } from './SubmitAfterFillOrigins';

/**
 * Sign-in fill settings: fill automatically when a bound portal asks for the code,
 * also copy the code, and the sites where the form is submitted after filling.
 */
export function SignInSettings({
  settings,
  save,
}: {
  readonly settings: Settings;
  readonly save: (changes: Partial<Settings>) => void;
}) {
  return (
    <div role="group" aria-labelledby="sign-in-heading">
      <h3 id="sign-in-heading">{t('optionsSignInHeading')}</h3>
      <p>
        <label>
          <input
            type="checkbox"
            checked={settings.fillOnSignIn}
            onChange={(event) => {
              save({ fillOnSignIn: event.currentTarget.checked });
            }}
          />{' '}
          {t('optionsFillOnSignIn')}
        </label>
      </p>
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
      <SubmitAfterFillOrigins origins={settings.submitAfterFillOrigins} save={save} />
    </div>
  );
}
