import { t } from '../../shared/i18n';
import type { AccountView } from '../../shared/model/vault';

export type Standby = NonNullable<AccountView['standby']>;

/**
 * The line under a standby account (2FA set up again): why it is not the one filled, and
 * since when. Date and time, as both keys of one login are often saved the same day.
 * `locale` undefined: the browser's.
 */
export function standbyText(standby: Standby, locale?: string): string {
  const date = new Date(standby.since).toLocaleString(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  return standby.kind === 'replaced'
    ? t('popupStandbyReplaced', date)
    : t('popupStandbyUnconfirmed', date);
}
