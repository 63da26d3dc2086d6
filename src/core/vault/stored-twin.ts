import type { EntryDraft, VaultData, VaultEntry } from './entry';
import { findDuplicate } from './operations';

/**
 * The stored account an imported one would repeat (in-page capture and popup import save no
 * duplicate): the same secret under the same name, or under another name (the user renamed it
 * since; adding it again would only make two rows with the same codes).
 */
export function storedTwin(data: VaultData, draft: EntryDraft): VaultEntry | undefined {
  return (
    findDuplicate(data, draft) ??
    data.entries.find((entry) => entry.params.secret === draft.params.secret)
  );
}
