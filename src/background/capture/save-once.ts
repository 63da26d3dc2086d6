import {
  addEntry,
  entryById,
  updateEntry,
  type EntryDraft,
  type VaultEntry,
} from '../../core/vault';
import { RequestError } from '../router';
import { withVaultErrors } from '../vault/vault-errors';
import { updateVault } from '../vault/vault-service';
import { storedTwin } from '../../core/vault/stored-twin';

export interface SavedOnce {
  readonly status: 'saved' | 'duplicate';
  readonly entry: VaultEntry;
}

/**
 * Saves a captured account once (issue 5: "the same secret already stored: say so, save no
 * duplicate"). The check runs inside the vault's write queue, so two quick saves cannot both
 * add it. A stored twin gets this origin added, so sign-in fill (issue 6) works here too.
 */
export async function saveOnce(draft: EntryDraft, origin: string): Promise<SavedOnce> {
  const outcome: { value?: SavedOnce } = {};
  await withVaultErrors(() =>
    updateVault((data) => {
      const twin = storedTwin(data, draft);
      if (!twin) {
        const added = addEntry(data, draft);
        outcome.value = { status: 'saved', entry: added.entry };
        return added.vault;
      }
      if (twin.origins.includes(origin)) {
        outcome.value = { status: 'duplicate', entry: twin };
        return data;
      }
      const updated = updateEntry(data, twin.id, { origins: [...twin.origins, origin] });
      outcome.value = { status: 'duplicate', entry: entryById(updated, twin.id) };
      return updated;
    }),
  );
  if (!outcome.value) throw new RequestError('internal', 'The account was not saved.');
  return outcome.value;
}
