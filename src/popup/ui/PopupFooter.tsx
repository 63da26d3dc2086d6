import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { AboutInfo, ActiveTabStatus } from '../../shared/model/portal';
import { sendFromPage } from '../../shared/send';
import { PortalStatusLine } from './PortalStatusLine';

/**
 * Whether the current tab is a known portal, and the version. Asked for after the first view
 * is up: it must not delay the first code.
 */
export function PopupFooter() {
  const [info, setInfo] = useState<{ about: AboutInfo; tab: ActiveTabStatus } | null>(null);
  useEffect(() => {
    Promise.all([sendFromPage('page/about', null), sendFromPage('page/active-tab', null)]).then(
      ([about, tab]) => {
        setInfo({ about, tab });
      },
      () => {
        // The footer is informative only; the views report failures that matter.
      },
    );
  }, []);
  if (!info) return null;
  return (
    <footer class="footer">
      <PortalStatusLine tab={info.tab} />
      <p class="version">{t('popupVersion', info.about.version)}</p>
    </footer>
  );
}
