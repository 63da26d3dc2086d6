import { adoptPassphraseSlot, samePassphraseSlot, type VaultEnvelope } from '../../core/crypto';
import { isGenuineKeyItem, newSetId, writeKeyItem, type KeyItem } from '../../core/sync/key-item';
import type { SyncSetup } from './sync-items';

/**
 * The round's part about the passphrase slot: whose slot the synced set carries, and what
 * this browser does about it.
 * - none yet: this browser starts the set with its own slot;
 * - another set, or a slot not sealed by our key: another vault (nothing is merged);
 * - a newer generation from another browser: its slot replaces ours (the passphrase was
 *   changed there; the next unlock here needs the new one);
 * - same generation but our slot differs: the passphrase was changed here; a new generation.
 */
export type SlotOutcome =
  | { readonly kind: 'other-vault' }
  | {
      readonly kind: 'ok';
      readonly envelope: VaultEnvelope;
      readonly setup: SyncSetup;
      /** The key item to write, when it changed. */
      readonly publish: KeyItem | null;
    };

export async function settleSlot(
  remote: KeyItem | null,
  setup: SyncSetup,
  envelope: VaultEnvelope,
  vaultKey: Uint8Array,
): Promise<SlotOutcome> {
  const publish = async (set: string, gen: number): Promise<SlotOutcome> => ({
    kind: 'ok',
    envelope,
    setup: { ...setup, set, slotGen: gen },
    publish: await writeKeyItem(envelope, vaultKey, { set, gen, by: setup.device }),
  });
  if (!remote) return publish(setup.set ?? newSetId(), setup.slotGen + 1);
  if (remote.set !== setup.set || !(await isGenuineKeyItem(remote, vaultKey)))
    return { kind: 'other-vault' };
  if (remote.gen > setup.slotGen) {
    if (samePassphraseSlot(envelope, remote.key))
      return { kind: 'ok', envelope, setup: { ...setup, slotGen: remote.gen }, publish: null };
    const adopted = await adoptPassphraseSlot(envelope, vaultKey, remote.key);
    const next = { ...setup, slotGen: remote.gen, passphraseChanged: true };
    return { kind: 'ok', envelope: adopted, setup: next, publish: null };
  }
  if (samePassphraseSlot(envelope, remote.key) && remote.gen === setup.slotGen)
    return { kind: 'ok', envelope, setup, publish: null };
  return publish(remote.set, Math.max(remote.gen, setup.slotGen) + 1);
}
