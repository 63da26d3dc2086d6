import type { RowNotice } from '../logic/site-notice';

/**
 * "Insights not available while 2FA is on" under Sonar accounts (DESIGN 1.4); the whole
 * warning on demand, in a native disclosure (keyboard and screen-reader support built in).
 */
export function SiteNote({
  notice,
  tabbable,
}: {
  readonly notice: RowNotice;
  readonly tabbable: boolean;
}) {
  return (
    <details class="notice">
      <summary tabIndex={tabbable ? 0 : -1}>{notice.short}</summary>
      <p>{notice.full}</p>
    </details>
  );
}
