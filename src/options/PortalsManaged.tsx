import browser from 'webextension-polyfill';
import type { PortalsOverview } from '../shared/model/portal';
import { t } from '../shared/i18n';
import { sendFromPage } from '../shared/send';
import { describePortalPattern } from '../sites/user-portal';
import type { PortalsNotice } from './PortalsList';

/**
 * The portals the organisation's policy names. A policy cannot grant host access, so the
 * browser still asks the user, once for all of them: one "Allow access", whose request is the
 * first thing its click does (a user gesture is needed). Not removable here.
 */
export function PortalsManaged({
  managed,
  onChanged,
  onNotice,
}: {
  readonly managed: PortalsOverview['managed'];
  readonly onChanged: (next: PortalsOverview, text: string) => void;
  readonly onNotice: (notice: PortalsNotice) => void;
}) {
  if (managed.length === 0) return null;
  const waiting = managed.filter((portal) => !portal.granted).map((portal) => portal.pattern);

  const allow = () => {
    browser.permissions
      .request({ origins: waiting })
      .then(async (granted) => {
        if (!granted) {
          onNotice({ ok: false, text: t('policyPortalsDenied') });
          return;
        }
        onChanged(await sendFromPage('portals/list', null), t('policyPortalsAllowed'));
      })
      .catch(() => {
        onNotice({ ok: false, text: t('optionsPortalsSaveFailed') });
      });
  };

  return (
    <>
      <h3 id="portals-managed-heading">{t('policyPortalsHeading')}</h3>
      <p class="hint">{t('policyPortalsNote')}</p>
      <ul class="portals" aria-labelledby="portals-managed-heading">
        {managed.map(({ pattern, granted }) => (
          <li key={pattern}>
            <span>
              {describePortalPattern(pattern)}
              {!granted && <span class="error"> {t('policyPortalWaiting')}</span>}
            </span>
          </li>
        ))}
      </ul>
      {waiting.length > 0 && (
        <button type="button" onClick={allow}>
          {t('optionsPortalsAllow')}
        </button>
      )}
    </>
  );
}
