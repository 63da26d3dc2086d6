import { useState } from 'preact/hooks';
import { isSecureOrigin, originOf } from '../core/origin';
import type { Settings } from '../shared/model/settings';
import { t } from '../shared/i18n';

/**
 * "Submit after filling", per site: off everywhere by default; the user lists the
 * exact origins (https, or http on this computer) where the form is sent once the code is in.
 */
export function SubmitAfterFillOrigins({
  origins,
  managed,
  save,
}: {
  /** Every site in force; the `managed` ones (the organisation's) are shown, not removable. */
  readonly origins: readonly string[];
  readonly managed: readonly string[];
  readonly save: (changes: Partial<Settings>) => void;
}) {
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The user's own list is what the organisation did not add.
  const own = origins.filter((origin) => !managed.includes(origin));

  const add = (event: Event) => {
    event.preventDefault();
    const origin = originFromAddress(address);
    if (origin === null) {
      setError(t('optionsSubmitAfterFillInvalid'));
      return;
    }
    setError(null);
    setAddress('');
    if (!origins.includes(origin)) save({ submitAfterFillOrigins: [...own, origin] });
  };

  return (
    <div role="group" aria-labelledby="submit-after-fill-heading">
      <h4 id="submit-after-fill-heading">{t('optionsSubmitAfterFill')}</h4>
      <p class="hint">{t('optionsSubmitAfterFillIntro')}</p>
      {origins.length === 0 ? (
        <p class="hint">{t('optionsSubmitAfterFillNone')}</p>
      ) : (
        <ul class="portals" aria-labelledby="submit-after-fill-heading">
          {origins.map((origin) => (
            <li key={origin}>
              <span>{origin}</span>
              {managed.includes(origin) ? (
                <span class="hint">{t('policySetByOrganisation')}</span>
              ) : (
                <button
                  type="button"
                  class="secondary"
                  aria-label={t('optionsSubmitAfterFillRemove', origin)}
                  onClick={() => {
                    save({ submitAfterFillOrigins: own.filter((other) => other !== origin) });
                  }}
                >
                  {t('optionsPortalsRemove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate>
        <label class="field">
          <span>{t('optionsSubmitAfterFillAddress')}</span>
          <input
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            placeholder="https://portal.example.com"
            value={address}
            aria-invalid={error !== null}
            onInput={(event) => {
              setAddress(event.currentTarget.value);
            }}
          />
        </label>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <button type="submit">{t('optionsSubmitAfterFillAdd')}</button>
      </form>
    </div>
  );
}

/** `portal.example.com` reads as https; only secure origins can ever receive a code. */
function originFromAddress(address: string): string | null {
  const trimmed = address.trim();
  if (trimmed === '') return null;
  const origin = originOf(
    /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`,
  );
  return origin !== null && isSecureOrigin(origin) ? origin : null;
}
