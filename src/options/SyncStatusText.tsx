import { t } from '../shared/i18n';
import type { SyncStatus } from '../shared/model/sync';
import { syncStatusText } from './sync-status-text';

/**
 * Where sync stands, read out politely as it changes: last sync, accounts synced, and what
 * stands in the way. The region stays in the page so that its changes are announced.
 */
export function SyncStatusText({ status }: { readonly status: SyncStatus | null }) {
  const lines = status ? syncStatusText(status, (ms) => new Date(ms).toLocaleString()) : [];
  return (
    <div class="sync-status" role="status" aria-live="polite">
      {lines.map(({ key, args }) => (
        <p key={key} class={key.startsWith('syncProblem') ? 'warning' : undefined}>
          {t(key, ...args)}
        </p>
      ))}
    </div>
  );
}
