import { t } from '../../shared/i18n';
import { webext } from '../../shared/webext';
import { noticeLocale } from '../../sites/notice-locale';
import type { SiteProfile } from '../../sites/site-profile';
import { showPageNotice } from '../prompt/page-notice';

/** Once the portal saved the set-up: test the sign-in, as the site's own help says. */
export function sayTestSignIn(profile: SiteProfile): void {
  const advice = profile.afterSetUp;
  showPageNotice(
    advice ? advice[noticeLocale(webext.i18n.getUILanguage())] : t('promptTestSignIn'),
  );
}
