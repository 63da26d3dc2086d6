import { t } from '../shared/i18n';

/** Under a control the organisation sets: why it cannot be changed, or how far it can. */
export function ManagedHint({ id, text }: { readonly id: string; readonly text?: string }) {
  return (
    <p id={id} class="hint managed-hint">
      {text ?? t('policySetByOrganisation')}
    </p>
  );
}
