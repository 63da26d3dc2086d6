import { webext } from '../../shared/webext';
import { noticeLocale } from '../../sites/notice-locale';
import type { SiteProfile } from '../../sites/site-profile';

/** The site's enrollment warning (Sonar: Insights) in the browser's language. */
export function localNotice(profile: SiteProfile) {
  const notice = profile.notices.insights;
  if (!notice) return null;
  const locale = noticeLocale(webext.i18n.getUILanguage());
  return {
    text: notice.full[locale],
    acknowledge: notice.acknowledge[locale],
    organisation: notice.organisation?.[locale] ?? null,
  };
}
