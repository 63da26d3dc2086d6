import { isBoundTo, type EntryDraft, type VaultData, type VaultEntry } from './entry';
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

export interface TwinsForOrigin {
  /** A twin already bound to the asking origin: the only one that page may learn about. */
  readonly here: VaultEntry | undefined;
  /** A twin bound elsewhere (or nowhere): extended to this origin only if the user says so. */
  readonly elsewhere: VaultEntry | undefined;
}

/**
 * A page's QR code compared with the vault (DESIGN 4.3, 4.8): secrets are compared among the
 * accounts bound to `origin` apart from the rest, and a twin found elsewhere is never silently
 * bound here. Reading a QR code (capture/decode) thus tells the page nothing about accounts of
 * other sites. A save can: one that ends in "ask to allow" fills no code, which the page may
 * notice. Accepted: it takes the user's click on Save, and the user then sees the question
 * naming the account and this site.
 */
export function twinsForOrigin(data: VaultData, draft: EntryDraft, origin: string): TwinsForOrigin {
  const boundHere = (entry: VaultEntry) => isBoundTo(entry, origin);
  const among = (keep: (entry: VaultEntry) => boolean) =>
    storedTwin({ ...data, entries: data.entries.filter(keep) }, draft);
  const here = among(boundHere);
  return { here, elsewhere: here ? undefined : among((entry) => !boundHere(entry)) };
}
