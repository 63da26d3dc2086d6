import { addEntry, type EntryDraft, type VaultData } from '../../core/vault';
import { storedTwin } from '../../core/vault/stored-twin';

export interface ImportedResult {
  readonly vault: VaultData;
  readonly addedIds: readonly string[];
  readonly alreadyStored: number;
}

/**
 * Adds the accounts the user kept, in one vault change: the vault is written once,
 * whole or not at all (DESIGN 4.7). Accounts already stored, or repeated within the import
 * itself, are counted, not added.
 */
export function addImported(data: VaultData, drafts: readonly EntryDraft[]): ImportedResult {
  let vault = data;
  const addedIds: string[] = [];
  let alreadyStored = 0;
  for (const draft of drafts) {
    if (storedTwin(vault, draft)) {
      alreadyStored += 1;
      continue;
    }
    const added = addEntry(vault, draft);
    vault = added.vault;
    addedIds.push(added.entry.id);
  }
  return { vault, addedIds, alreadyStored };
}
