import { webext } from '../../shared/webext';
import { noticeLocale } from '../../sites/notice-locale';
import type { LocalisedText, SiteProfile } from '../../sites/site-profile';

/**
 * The site's enrollment warning (Sonar: Insights) in the browser's language, with the
 * organisation's words after it when its policy has some.
 */
export function localNotice(profile: SiteProfile, organisation: LocalisedText | null) {
  const notice = profile.notices.insights;
  if (!notice) return null;
  const locale = noticeLocale(webext.i18n.getUILanguage());
  return {
    text: notice.full[locale],
    acknowledge: notice.acknowledge[locale],
    organisation: organisation?.[locale] ?? null,
  };
}
