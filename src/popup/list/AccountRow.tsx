import { t } from '../../shared/i18n';
import type { OtpType } from '../../core/otp-types';
import { formatCode } from '../logic/format-code';
import type { Place } from '../logic/reorder';
import type { RowNotice } from '../logic/site-notice';
import { standbyText, type Standby } from '../logic/standby-text';
import { Icon } from '../ui/Icon';
import { pure } from '../ui/pure';
import { CodeText } from './CodeText';
import { Countdown } from './Countdown';
import { SiteNote } from './SiteNote';

export interface AccountRowProps {
  readonly id: string;
  /** "{issuer} {account}", the row's accessible name (DESIGN 5). */
  readonly label: string;
  readonly issuer: string;
  readonly account: string;
  readonly note: string;
  readonly type: OtpType;
  readonly period: number | null;
  readonly boundToActiveTab: boolean;
  /** Not the account filled for its login (2FA set up again): shown quieter, "Make current". */
  readonly standby: Standby | null;
  readonly notice: RowNotice | null;
  readonly current: string | null;
  readonly next: string | null;
  /** When `current` expires; null for HOTP. */
  readonly validUntil: number | null;
  /** The row that is in the tab order (roving tabindex: see AccountList). */
  readonly active: boolean;
  readonly copied: boolean;
  readonly dropMark: Place | null;
}

/**
 * One account. Plain values in, no callbacks: AccountList handles clicks and keys for all rows
 * (event delegation through `data-action`), so a row is cheap to create and to compare.
 */
export const AccountRow = pure((row: AccountRowProps) => {
  const tabIndex = row.active ? 0 : -1;
  const title = row.issuer || row.account;
  const hotpName = row.type === 'hotp' ? t('popupHotpNext', row.label) : '';
  const copyName = t('popupCopyCode', row.label);
  const editName = t('popupEdit', row.label);
  // Only what the row shows: each name is a call into the browser, and 1,000 rows add up.
  const makeCurrentName = row.standby ? t('popupMakeCurrentName', row.label) : '';
  return (
    <li
      class="row"
      data-id={row.id}
      data-drop={row.dropMark ?? undefined}
      data-copied={row.copied || undefined}
      data-standby={row.standby?.kind}
      aria-label={row.label}
      tabIndex={tabIndex}
      draggable
    >
      <span class="grip" aria-hidden="true">
        <Icon name="grip" />
      </span>
      <span class="names" title={row.label}>
        <span class="issuer">{title}</span>
        {row.boundToActiveTab && <span class="badge">{t('popupThisSite')}</span>}
        {row.issuer && row.account && <span class="account">{row.account}</span>}
      </span>
      {row.standby && (
        <span class="standby">
          <span>{standbyText(row.standby)}</span>
          <button
            type="button"
            class="make-current"
            data-action="make-current"
            tabIndex={tabIndex}
            aria-label={makeCurrentName}
            title={makeCurrentName}
          >
            {t('popupMakeCurrent')}
          </button>
        </span>
      )}
      {row.validUntil !== null && row.period !== null && (
        <Countdown validUntil={row.validUntil} period={row.period} />
      )}
      <span class="codes">
        {row.current === null ? <span class="code">—</span> : <CodeText code={row.current} />}
        {row.next && (
          <span class="next" translate={false}>
            {t('popupNextCodeShown', formatCode(row.next))}
          </span>
        )}
      </span>
      <span class="actions">
        {row.type === 'hotp' && (
          <button
            type="button"
            class="icon-button"
            data-action="hotp-next"
            tabIndex={tabIndex}
            aria-label={hotpName}
            title={hotpName}
          >
            <Icon name="next" />
          </button>
        )}
        <button
          type="button"
          class="icon-button"
          data-action="copy"
          tabIndex={tabIndex}
          aria-label={copyName}
          title={copyName}
        >
          <Icon name="copy" />
        </button>
        <button
          type="button"
          class="icon-button"
          data-action="edit"
          tabIndex={tabIndex}
          aria-label={editName}
          title={editName}
        >
          <Icon name="edit" />
        </button>
      </span>
      {row.note && <span class="note">{row.note}</span>}
      {row.notice && <SiteNote notice={row.notice} tabbable={row.active} />}
    </li>
  );
});
