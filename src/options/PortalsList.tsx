import browser from 'webextension-polyfill';
import type { PortalsOverview, UserPortal } from '../shared/model/portal';
import { t } from '../shared/i18n';
import { sendFromPage } from '../shared/send';
import { describePortalPattern } from '../sites/user-portal';

export interface PortalsNotice {
  readonly ok: boolean;
  readonly text: string;
}

/** The portals the user added, each with Remove; an empty state when there are none. */
export function PortalsList({
  portals,
  onChanged,
  onNotice,
}: {
  readonly portals: readonly UserPortal[];
  readonly onChanged: (next: PortalsOverview, text: string) => void;
  readonly onNotice: (notice: PortalsNotice) => void;
}) {
  if (portals.length === 0) return <p class="hint">{t('optionsPortalsEmpty')}</p>;

  const failed = () => {
    onNotice({ ok: false, text: t('optionsPortalsSaveFailed') });
  };
  const remove = (pattern: string) => {
    sendFromPage('portals/remove', { pattern }).then((next) => {
      onChanged(next, t('optionsPortalsRemoved', describePortalPattern(pattern)));
    }, failed);
  };
  // The user took the permission back in the browser's UI; asking again needs this click.
  const allow = (pattern: string) => {
    const site = describePortalPattern(pattern);
    browser.permissions
      .request({ origins: [pattern] })
      .then(async (granted) => {
        if (!granted) {
          onNotice({ ok: false, text: t('optionsPortalsDenied', site) });
          return;
        }
        onChanged(await sendFromPage('portals/add', { pattern }), t('optionsPortalsAllowed', site));
      })
      .catch(failed);
  };

  return (
    <ul class="portals" aria-labelledby="portals-mine-heading">
      {portals.map(({ pattern, granted }) => {
        const site = describePortalPattern(pattern);
        return (
          <li key={pattern}>
            <span>
              {site}
              {!granted && <span class="error"> {t('optionsPortalsNoAccess')}</span>}
            </span>
            <span class="actions">
              {!granted && (
                <button
                  type="button"
                  aria-label={t('optionsPortalsAllowLabel', site)}
                  onClick={() => {
                    allow(pattern);
                  }}
                >
                  {t('optionsPortalsAllow')}
                </button>
              )}
              <button
                type="button"
                class="secondary"
                aria-label={t('optionsPortalsRemoveLabel', site)}
                onClick={() => {
                  remove(pattern);
                }}
              >
                {t('optionsPortalsRemove')}
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
