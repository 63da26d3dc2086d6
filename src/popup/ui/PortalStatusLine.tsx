import type { ActiveTabStatus } from '../../shared/model/portal';
import { t } from '../../shared/i18n';

/** Tells the user whether the current tab is a portal the extension works on, and if safely. */
export function PortalStatusLine({ tab }: { readonly tab: ActiveTabStatus }) {
  const portal = tab.portal;
  if (!portal?.site) {
    return <p class="status">{t('popupNoPortal')}</p>;
  }
  if (!portal.isSecureContext) {
    return (
      <p class="status" role="alert">
        {t('popupInsecurePortal')}
      </p>
    );
  }
  return (
    <p class="status" data-kind="portal">
      {t('popupPortalDetected', portal.site.name)}
    </p>
  );
}
