import { isManaged, type PolicyKey, type Policy } from '../core/policy/policy';
import { t } from '../shared/i18n';

/**
 * Says, at the top of Options, that the organisation manages some settings, and names the
 * policy keys this version had to ignore, for the administrator who reads it over a shoulder.
 */
export function ManagedNote({
  policy,
  ignored,
}: {
  readonly policy: Policy;
  readonly ignored: readonly PolicyKey[];
}) {
  if (!isManaged(policy) && ignored.length === 0) return null;
  return (
    <div class="managed" role="note">
      <p>{t('policyManagedNote')}</p>
      {ignored.length > 0 && <p class="hint">{t('policyIgnored', ignored.join(', '))}</p>}
    </div>
  );
}
