import type { PortalRisk } from '../core/portals/portal-risk';
import { t } from '../shared/i18n';
import { describePortalPattern } from '../sites/user-portal';

/**
 * Shown instead of adding a portal whose address is risky (core/portals/portal-risk.ts): what
 * the risk is, and a second, explicit button to add it anyway. Pressing "Add portal" again
 * only shows this again.
 */
export function PortalsRiskWarning({
  pattern,
  risks,
  busy,
  onConfirm,
  onCancel,
}: {
  readonly pattern: string;
  readonly risks: readonly PortalRisk[];
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const site = describePortalPattern(pattern);
  return (
    <div class="risk" role="group" aria-labelledby="portal-risk-heading">
      <div id="portal-address-warning" role="alert">
        <p id="portal-risk-heading">
          <strong>{t('optionsPortalsRiskHeading')}</strong>
        </p>
        {risks.map((risk) => (
          <p key={risk.kind}>{riskText(risk, site)}</p>
        ))}
        <p>{t('optionsPortalsRiskConfirmNote')}</p>
      </div>
      <span class="actions">
        <button type="button" disabled={busy} onClick={onConfirm}>
          {t('optionsPortalsAddAnyway', site)}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('optionsPortalsRiskCancel')}
        </button>
      </span>
    </div>
  );
}

function riskText(risk: PortalRisk, site: string): string {
  switch (risk.kind) {
    case 'shared-hosting':
      return t('optionsPortalsRiskSharedHosting', risk.suffix, site);
    case 'lookalike':
      return t('optionsPortalsRiskLookalike', site, risk.domain, risk.owner);
  }
}
