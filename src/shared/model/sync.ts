/**
 * What extension pages may know about sync with the browser's account (storage.sync): never a
 * secret, only whether it is on, how it went and what stands in the way, as codes the pages
 * put in words.
 */

export type SyncProblem =
  /** The vault needs more room than the browser's sync storage gives; nothing was written. */
  | {
      readonly code: 'too-big';
      /** Accounts in this browser's vault. */
      readonly accounts: number;
      /** How many of them (in list order) would fit. */
      readonly fit: number;
    }
  /** The browser refused the write (quota, or too many writes): it is tried again later. */
  | { readonly code: 'write-refused' }
  /** Some synced items could not be read (damaged, or from a newer version): they were left. */
  | { readonly code: 'unreadable'; readonly count: number }
  /**
   * The synced vault is another one (its key does not open ours, or sync was reset
   * elsewhere): join it with its passphrase, or turn sync off.
   */
  | { readonly code: 'other-vault' }
  /** The browser has no sync storage (or it is turned off by policy). */
  | { readonly code: 'unavailable' }
  /** A round failed for another reason (storage.local refused, say): tried again later. */
  | { readonly code: 'failed' };

export interface SyncStatus {
  /** This browser syncs (the user turned it on here). */
  readonly enabled: boolean;
  /** The organisation's policy turned sync off: nothing syncs, nothing is offered. */
  readonly forbidden: boolean;
  /**
   * The browser's account holds a synced vault that this browser has not joined: the page
   * offers "Unlock with your passphrase to join".
   */
  readonly joinable: boolean;
  /** When this browser last merged with the synced items (ms since the epoch). */
  readonly lastSyncAt: number | null;
  /** Accounts in the synced copy, as of the last sync. */
  readonly accountsSynced: number;
  /**
   * The passphrase was changed in another browser: the next unlock here needs the new one
   * (the old one no longer opens this browser's vault).
   */
  readonly passphraseChanged: boolean;
  readonly problem: SyncProblem | null;
}

/**
 * The storage.local key the background writes the sync status under after each change: the
 * pages listen to it instead of polling, and ask 'sync/status' again when it changes.
 */
export const SYNC_STATUS_KEY = 'syncStatus';
