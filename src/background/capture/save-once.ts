import {
  addEntry,
  addSetUpAgain,
  entryById,
  setUpAgainOf,
  updateEntry,
  type EntryDraft,
  type VaultEntry,
} from '../../core/vault';
import { RequestError } from '../router';
import { withVaultErrors } from '../vault/vault-errors';
import { updateVault } from '../vault/vault-service';
import { twinsForOrigin } from '../../core/vault/stored-twin';

export type SavedOnce =
  | {
      /**
       * `allowed`: the twin stored for another site now has this origin too, as asked;
       * `set-up-again`: a new secret of a login bound here, on standby until confirmed.
       */
      readonly status: 'saved' | 'duplicate' | 'allowed' | 'set-up-again';
      readonly entry: VaultEntry;
    }
  /** The same secret is stored for another site: nothing changed; the user is to be asked. */
  | { readonly status: 'ask-allow'; readonly twin: VaultEntry };

/**
 * Saves a captured account once ("the same secret already stored: say so, save no
 * duplicate"). The check runs inside the vault's write queue, so two quick saves cannot both
 * add it. A new secret for a login bound here (2FA set up again) waits beside the old one
 * (core/vault/replacement.ts). A twin stored for another site gets this origin only when the user allowed it
 * (`allowHere`, after a question naming the account and this site: DESIGN 4.8).
 */
export async function saveOnce(
  draft: EntryDraft,
  origin: string,
  allowHere: boolean,
): Promise<SavedOnce> {
  const outcome: { value?: SavedOnce } = {};
  await withVaultErrors(() =>
    updateVault((data) => {
      const { here, elsewhere } = twinsForOrigin(data, draft, origin);
      if (here) {
        outcome.value = { status: 'duplicate', entry: here };
        return data;
      }
      if (!elsewhere) {
        const current = setUpAgainOf(data, draft, origin);
        if (current) {
          const added = addSetUpAgain(data, draft, current.id);
          outcome.value = { status: 'set-up-again', entry: added.entry };
          return added.vault;
        }
        const added = addEntry(data, draft);
        outcome.value = { status: 'saved', entry: added.entry };
        return added.vault;
      }
      if (!allowHere) {
        outcome.value = { status: 'ask-allow', twin: elsewhere };
        return data;
      }
      const updated = updateEntry(data, elsewhere.id, { origins: [...elsewhere.origins, origin] });
      outcome.value = { status: 'allowed', entry: entryById(updated, elsewhere.id) };
      return updated;
    }),
  );
  if (!outcome.value) throw new RequestError('internal', 'The account was not saved.');
  return outcome.value;
}
