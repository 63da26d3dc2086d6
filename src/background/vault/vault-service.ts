import browser from 'webextension-polyfill';
import {
  adoptPassphraseSlot,
  changePassphrase,
  createVault,
  decryptPayload,
  encryptForPassphraseSlot,
  encryptPayload,
  needsKdfUpgrade,
  passphraseSlotCostsNoMore,
  unlockWithPasskey,
  unlockWithPassphrase,
  VaultCryptoError,
  type VaultEnvelope,
} from '../../core/crypto';
import { isPassphraseLongEnough, MIN_PASSPHRASE_LENGTH } from '../../core/passphrase';
import { emptyVault, serializeVault, VaultError, type VaultData } from '../../core/vault';
import { openStoredVault } from '../../core/vault/open-generation';
import { RequestError } from '../router';
import { forgetPassphraseFailures, throttledPassphraseCheck } from './passphrase-throttle';
import { forgetSessionKey, readSessionKey, saveSessionKey } from './session-key';
import { readStoredVault, VaultStorageError, writeVault, type StoredVault } from './vault-storage';

/**
 * Lock, unlock and persistence of the vault (DESIGN 4.1-4.2, 4.7). The decrypted
 * data lives only in this worker's memory; the key also in storage.session, so a restarted
 * worker comes back unlocked. Changes are serialised through one queue, and each write keeps
 * the previous generation until the new one is stored.
 */

interface Unlocked {
  readonly key: Uint8Array;
  readonly envelope: VaultEnvelope;
  readonly data: VaultData;
  /** Opened from the previous generation because the newest one was damaged (DESIGN 4.7). */
  readonly recovered: boolean;
}

/** What happens around a lock and an unlock, listed once in background/lifecycle.ts. */
export interface VaultLifecycle {
  /** Run after the key is gone: each forgets what it holds (secrets, codes, grants). */
  readonly onLock: readonly (() => void)[];
  /** Run after an unlock by passphrase or a new vault (not after a worker restart). */
  readonly onUnlock: readonly (() => void)[];
  /** Run after the user's change is stored (an edit, a new passphrase): sync sends it. */
  readonly onChange?: readonly (() => void)[];
  /**
   * A passphrase slot of this vault written in another browser and newer than the one stored
   * here (sync): the next unlock takes it, and the old passphrase no longer opens the vault.
   */
  readonly newerPassphraseSlot?: () => Promise<VaultEnvelope | null>;
}

let unlocked: Unlocked | null = null;
let queue: Promise<unknown> = Promise.resolve();
let lifecycle: VaultLifecycle = { onLock: [], onUnlock: [] };

/** Runs `task` after every earlier task, so two popups cannot interleave writes. */
function serialised<Result>(task: () => Promise<Result>): Promise<Result> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Called once, by the worker's entry (background/lifecycle.ts), before any message. */
export function setVaultLifecycle(hooks: VaultLifecycle): void {
  lifecycle = hooks;
}

export function vaultState(): Promise<'none' | 'locked' | 'unlocked'> {
  return serialised(async () => {
    if (unlocked ?? (await restoreFromSession())) return 'unlocked';
    return (await stored()) ? 'locked' : 'none';
  });
}

/** The decrypted data, or a 'locked' / 'no-vault' error. */
export function vaultData(): Promise<Pick<Unlocked, 'data' | 'recovered'>> {
  return serialised(async () => {
    const { data, recovered } = await requireUnlocked();
    return { data, recovered };
  });
}

/** The first vault: empty, or holding what a backup restores. */
export function createNewVault(passphrase: string, data: VaultData = emptyVault()): Promise<void> {
  return serialised(async () => {
    if (await stored()) throw new RequestError('vault-exists', 'A vault already exists.');
    checkStrength(passphrase);
    const created = await createVault(serializeVault(data), { passphrase });
    await save(created.envelope, null);
    await becomeUnlocked({
      key: created.vaultKey,
      envelope: created.envelope,
      data,
      recovered: false,
    });
  });
}

/**
 * Runs `write` with the open vault's envelope, a copy of its key and its data, in the queue
 * (a backup sees one consistent state); the key copy is wiped afterwards.
 */
export function withVaultKey<Result>(
  write: (vault: { envelope: VaultEnvelope; key: Uint8Array; data: VaultData }) => Promise<Result>,
): Promise<Result> {
  return serialised(async () => {
    const { envelope, key, data } = await requireUnlocked();
    const copy = key.slice();
    try {
      return await write({ envelope, key: copy, data });
    } finally {
      copy.fill(0);
    }
  });
}

/**
 * Every check of the vault's passphrase (this, confirmPassphrase, changeVaultPassphrase)
 * counts toward the wait after wrong ones (passphrase-throttle.ts).
 */
export function unlock(passphrase: string): Promise<void> {
  return serialised(async () => {
    const vault = await stored();
    if (!vault) throw new RequestError('no-vault', 'There is no vault yet.');
    await throttledPassphraseCheck(async () => {
      const newer = await lifecycle.newerPassphraseSlot?.();
      if (newer) {
        const adopted = await unlockWithNewerSlot(vault, newer, passphrase);
        if (adopted) return;
      }
      const key = await unwrapKey(vault, passphrase);
      const state = await openGeneration(vault, key);
      await becomeUnlocked(state);
      // Queued now, so it runs right after this unlock and before any later request; the
      // unlock itself answers without waiting for the slow key derivation.
      if (needsKdfUpgrade(state.envelope)) void serialised(() => upgradeKdf(state, passphrase));
    });
  });
}

/**
 * The passphrase was changed in another browser (sync carried the new slot). The new
 * passphrase opens the vault and its slot replaces the old one in both generations. The old
 * passphrase is refused with its own reason once the key it opens proves the new slot genuine;
 * a slot that does not prove genuine is ignored (false: unlock as usual), so a damaged synced
 * item can never lock the user out.
 */
async function unlockWithNewerSlot(
  vault: StoredVault,
  newer: VaultEnvelope,
  passphrase: string,
): Promise<boolean> {
  if (!passphraseSlotCostsNoMore(newer, vault.envelope)) return false;
  let key: Uint8Array | null = null;
  try {
    key = await unlockWithPassphrase(newer, passphrase);
  } catch (error) {
    if (!(error instanceof VaultCryptoError) || error.code !== 'wrong-passphrase') return false;
  }
  if (!key) {
    const oldKey = await unwrapKey(vault, passphrase);
    const genuine = await decryptPayload(newer, oldKey).then(
      () => true,
      () => false,
    );
    oldKey.fill(0);
    if (!genuine) return false;
    throw new RequestError(
      'passphrase-changed',
      'The passphrase was changed in another browser; the new one opens the vault.',
    );
  }
  const opened = key;
  const state = await openGeneration(vault, opened).catch((error: unknown) => {
    opened.fill(0);
    throw error;
  });
  try {
    const envelope = await withCryptoErrors(() =>
      adoptPassphraseSlot(state.envelope, state.key, newer),
    );
    await save(envelope, state.envelope);
    await save(envelope, envelope);
    await becomeUnlocked({ ...state, envelope });
  } catch (error) {
    opened.fill(0);
    throw error;
  }
  return true;
}

/**
 * Rewraps a passphrase slot made with weaker Argon2 parameters than today's defaults, so a
 * stolen copy of the stored vault costs an attacker as much as a new one. Stored like a
 * passphrase change: both generations end up with the new slot, else the previous one would
 * keep the weak slot on disk. Best effort: the vault stays unlocked and as it was on failure,
 * and the next unlock tries again.
 */
async function upgradeKdf(state: Unlocked, passphrase: string): Promise<void> {
  // Locked or changed meanwhile; or opened from the previous generation because the newest is
  // damaged: that one is left for the user to see, and rewritten by the next change.
  if (unlocked !== state || state.recovered) return;
  try {
    // The passphrase, not the key, proves it: it must open this very envelope's slot (after a
    // passphrase change cut short, the key may have come from the previous generation's slot,
    // and rewrapping with the old passphrase would undo the change).
    const envelope = await changePassphrase(state.envelope, passphrase, passphrase);
    await save(envelope, state.envelope);
    unlocked = { ...state, envelope };
    await save(envelope, envelope);
  } catch (error) {
    console.warn('The passphrase slot could not be upgraded:', errorName(error));
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'error';
}

/**
 * Unlocks with a passkey's PRF output. Only the newest generation's slots are tried: a passkey
 * removed there must not still open the previous one (a removal stores both anyway).
 */
export function unlockByPasskey(credentialId: Uint8Array, prfOutput: Uint8Array): Promise<void> {
  return serialised(async () => {
    const vault = await stored();
    if (!vault) throw new RequestError('no-vault', 'There is no vault yet.');
    const key = await withCryptoErrors(() =>
      unlockWithPasskey(vault.envelope, credentialId, prfOutput).catch((error: unknown) => {
        const refused =
          error instanceof VaultCryptoError &&
          (error.code === 'wrong-key' || error.code === 'slot-not-found');
        if (!refused) throw error;
        throw new RequestError('passkey', 'This passkey does not open the vault.', error.code);
      }),
    );
    await becomeUnlocked(await openGeneration(vault, key));
    await forgetPassphraseFailures();
  });
}

/** The stored envelope, locked or not (what it says in clear: which passkeys open it). */
export function storedEnvelope(): Promise<VaultEnvelope | null> {
  return serialised(async () => (await stored())?.envelope ?? null);
}

/**
 * Changes the slots of the open vault (a passkey added or removed) and stores the result in
 * both generations, so a removed slot cannot still open the previous one. Not synced: sync
 * carries the passphrase slot only.
 */
export function changeSlots(
  change: (vault: { envelope: VaultEnvelope; key: Uint8Array }) => Promise<VaultEnvelope>,
): Promise<VaultEnvelope> {
  return serialised(async () => {
    const current = await requireUnlocked();
    const key = current.key.slice();
    try {
      const envelope = await change({ envelope: current.envelope, key });
      await save(envelope, current.envelope);
      await save(envelope, envelope);
      unlocked = { ...current, envelope };
      return envelope;
    } finally {
      key.fill(0);
    }
  });
}

export function lock(): Promise<void> {
  return serialised(async () => {
    unlocked?.key.fill(0);
    unlocked = null;
    await forgetSessionKey();
    for (const forget of lifecycle.onLock) forget();
  });
}

/** Applies a pure change (core/vault operations) and stores the result before showing it. */
export function updateVault(change: (data: VaultData) => VaultData): Promise<VaultData> {
  return serialised(async () => {
    const current = await requireUnlocked();
    const data = change(current.data);
    // The same object back: nothing changed, nothing to write.
    if (data === current.data) return data;
    const envelope = await encryptPayload(current.envelope, current.key, serializeVault(data));
    await save(envelope, current.envelope);
    // Once a change is stored, the damaged generation is gone: nothing is left to report.
    unlocked = { ...current, envelope, data, recovered: false };
    for (const changed of lifecycle.onChange ?? []) changed();
    return data;
  });
}

/** What a sync round stores: the vault (if it changed) and its own items, in one write. */
export interface SyncedWrite {
  readonly data: VaultData;
  /** The envelope to write under: the open one, or one whose passphrase slot was replaced. */
  readonly envelope: VaultEnvelope;
  readonly alongside: Readonly<Record<string, unknown>>;
}

/**
 * Runs a sync round in the queue with the open vault, and stores what it returns: the merged
 * vault and the round's own items in one storage write, so neither is ever stored without the
 * other. Not a user's change: it does not run the `onChange` hooks.
 */
export function syncVault(
  round: (vault: {
    data: VaultData;
    key: Uint8Array;
    envelope: VaultEnvelope;
  }) => Promise<SyncedWrite | null>,
): Promise<void> {
  return serialised(async () => {
    const current = await requireUnlocked();
    const key = current.key.slice();
    try {
      const result = await round({ data: current.data, key, envelope: current.envelope });
      if (!result) return;
      const { data, alongside } = result;
      if (data === current.data && result.envelope === current.envelope) {
        await browser.storage.local.set(alongside);
        return;
      }
      const envelope = await encryptPayload(result.envelope, current.key, serializeVault(data));
      const slotChanged = result.envelope !== current.envelope;
      await save(envelope, current.envelope, alongside);
      // A new slot must not stay behind in the previous generation with the old passphrase.
      if (slotChanged) await save(envelope, envelope);
      unlocked = { ...current, envelope, data, recovered: false };
    } finally {
      key.fill(0);
    }
  });
}

/**
 * Joining a synced vault: this browser's vault (or an empty one) is written again under the
 * synced vault key, with the synced passphrase slot as its only slot, so from now on it opens
 * with that passphrase. `joinKey` is wiped by the caller.
 */
export function joinSyncedVault(synced: VaultEnvelope, joinKey: Uint8Array): Promise<void> {
  return serialised(async () => {
    const vault = await stored();
    let data = emptyVault();
    if (vault) data = (await requireUnlocked()).data;
    const key = joinKey.slice();
    try {
      const envelope = await withCryptoErrors(() =>
        encryptForPassphraseSlot(synced, key, serializeVault(data)),
      );
      // Both generations: the previous one would still open with this browser's old key.
      await save(envelope, envelope);
      if (unlocked) unlocked.key.fill(0);
      await becomeUnlocked({ key, envelope, data, recovered: false });
    } catch (error) {
      key.fill(0);
      throw error;
    }
  });
}

/**
 * Proves the passphrase again without touching the lock state (DESIGN 4.9: exports and QR
 * codes are shown only after it), and gives the data it guards. Throws 'wrong-passphrase'
 * and 'throttled' as unlock does (the same count), 'locked' when there is nothing open to confirm.
 */
export function confirmPassphrase(passphrase: string): Promise<VaultData> {
  return serialised(async () => {
    const current = await requireUnlocked();
    // Only the answer matters: the key it unwraps is the one already held, and is wiped.
    const key = await throttledPassphraseCheck(() =>
      withCryptoErrors(() => unlockWithPassphrase(current.envelope, passphrase)),
    );
    key.fill(0);
    return current.data;
  });
}

export function changeVaultPassphrase(currentPassphrase: string, next: string): Promise<void> {
  return serialised(async () => {
    const current = await requireUnlocked();
    checkStrength(next);
    // The current passphrase is asked again so an unlocked, unattended browser cannot be
    // used to take the vault over.
    const proof = await throttledPassphraseCheck(() =>
      withCryptoErrors(() => unlockWithPassphrase(current.envelope, currentPassphrase)),
    );
    proof.fill(0);
    const envelope = await withCryptoErrors(() =>
      changePassphrase(current.envelope, current.key, next),
    );
    await save(envelope, current.envelope);
    // The previous generation would still open with the old passphrase: once the new one is
    // stored, it takes that place too.
    await save(envelope, envelope);
    unlocked = { ...current, envelope };
    for (const changed of lifecycle.onChange ?? []) changed();
  });
}

async function requireUnlocked(): Promise<Unlocked> {
  const state = unlocked ?? (await restoreFromSession());
  if (state) return state;
  if (!(await stored())) throw new RequestError('no-vault', 'There is no vault yet.');
  throw new RequestError('locked', 'The vault is locked.');
}

/** After a worker restart: the key from storage.session opens the stored vault again. */
async function restoreFromSession(): Promise<Unlocked | null> {
  const key = await readSessionKey();
  const vault = key && (await stored());
  if (!key || !vault) return null;
  try {
    unlocked = await openGeneration(vault, key);
    return unlocked;
  } catch {
    // A key that no longer opens the stored vault (changed elsewhere): locked, not broken.
    await forgetSessionKey();
    return null;
  }
}

/**
 * The vault key from the newest generation, or from the previous one when the newest's key
 * slots are damaged. Identical slots would give the same answer, so a plain wrong passphrase
 * costs one key derivation, not two (a passphrase change stores its slots in both generations).
 */
async function unwrapKey(vault: StoredVault, passphrase: string): Promise<Uint8Array> {
  try {
    return await withCryptoErrors(() => unlockWithPassphrase(vault.envelope, passphrase));
  } catch (error) {
    const { previous } = vault;
    const retry =
      previous !== null &&
      error instanceof RequestError &&
      error.code === 'wrong-passphrase' &&
      JSON.stringify(previous.slots) !== JSON.stringify(vault.envelope.slots);
    if (!retry) throw error;
    return withCryptoErrors(() => unlockWithPassphrase(previous, passphrase));
  }
}

/** Opens the newest generation, or the previous one when the newest cannot be decrypted. */
async function openGeneration(vault: StoredVault, key: Uint8Array): Promise<Unlocked> {
  try {
    return { key, ...(await withCryptoErrors(() => openStoredVault(vault, key))) };
  } catch (error) {
    // Damaged data or a newer schema: the user gets the readable reason (DESIGN 4.7).
    if (error instanceof VaultError) throw new RequestError('storage', error.message, error.code);
    throw error;
  }
}

async function becomeUnlocked(state: Unlocked) {
  unlocked = state;
  await saveSessionKey(state.key);
  for (const start of lifecycle.onUnlock) start();
}

async function stored(): Promise<StoredVault | null> {
  try {
    return await readStoredVault();
  } catch (error) {
    if (error instanceof VaultStorageError) {
      throw new RequestError('storage', error.message, error.reason ?? undefined);
    }
    throw error;
  }
}

async function save(
  envelope: VaultEnvelope,
  previous: VaultEnvelope | null,
  alongside?: Readonly<Record<string, unknown>>,
) {
  try {
    await writeVault(envelope, previous, alongside);
  } catch (error) {
    if (error instanceof VaultStorageError) {
      throw new RequestError('storage', error.message, error.reason ?? undefined);
    }
    throw error;
  }
}

function checkStrength(passphrase: string) {
  // The same rule the forms ask (core/passphrase.ts), so what they accept is accepted here.
  if (!isPassphraseLongEnough(passphrase)) {
    throw new RequestError(
      'weak-passphrase',
      `The passphrase must have at least ${MIN_PASSPHRASE_LENGTH} characters.`,
    );
  }
}

/** Crypto failures as replies: a wrong passphrase, or storage with the crypto code as reason. */
export async function withCryptoErrors<Result>(action: () => Promise<Result>): Promise<Result> {
  try {
    return await action();
  } catch (error) {
    if (!(error instanceof VaultCryptoError)) throw error;
    // An empty passphrase opens nothing: the same answer as a wrong one, not a storage fault.
    if (error.code === 'wrong-passphrase' || error.code === 'empty-passphrase') {
      throw new RequestError('wrong-passphrase', 'The passphrase is not correct.');
    }
    throw new RequestError('storage', error.message, error.code);
  }
}
