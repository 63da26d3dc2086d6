import type { PortalsOverview } from '../shared/model/portal';
import { t } from '../shared/i18n';
import { describePortalPattern } from '../sites/user-portal';

/** The site profiles shipped with the extension: shown, explained, not editable. */
export function PortalsBuiltIn({ builtIn }: { readonly builtIn: PortalsOverview['builtIn'] }) {
  return (
    <>
      <h3 id="portals-builtin-heading">{t('optionsPortalsBuiltInHeading')}</h3>
      <p class="hint">{t('optionsPortalsBuiltInNote')}</p>
      <ul class="portals" aria-labelledby="portals-builtin-heading">
        {builtIn.map((profile) => (
          <li key={profile.name}>
            <span>
              <strong>{profile.name}</strong>
              <span class="hint">
                {' '}
                {profile.matches.map((match) => describePortalPattern(match)).join(', ')}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
