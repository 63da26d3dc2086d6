import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { useSyncStatus } from '../../shared/use-sync-status';
import { CreateVault } from './CreateVault';
import { JoinSyncedVault } from './JoinSyncedVault';

/**
 * First run. When another browser already syncs a vault with this browser's account, joining
 * it comes first; "Create a new vault instead" leads to the usual form. One form at a time:
 * both have a field named "Passphrase".
 */
export function FirstRun({
  onCreated,
  onRestore,
}: {
  /** The vault is open (created or joined): the popup goes on as after an unlock. */
  readonly onCreated: () => void;
  /** "Restore from backup": a vault made from a backup file instead of an empty one. */
  readonly onRestore: () => void;
}) {
  const { status, known } = useSyncStatus();
  const [createInstead, setCreateInstead] = useState(false);

  // A moment at most: without the answer, a form typed into could be swapped for the other.
  // The title shows at once, as in both forms.
  if (!known) {
    return (
      <div class="panel">
        <h1>{t('popupTitle')}</h1>
        <p class="loading">{t('popupLoading')}</p>
      </div>
    );
  }
  if (status?.joinable && !createInstead) {
    return (
      <JoinSyncedVault
        onJoined={onCreated}
        onCreateInstead={() => {
          setCreateInstead(true);
        }}
      />
    );
  }
  return <CreateVault onCreated={onCreated} onRestore={onRestore} />;
}
