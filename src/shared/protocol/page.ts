import type { FileToSave, BackupStatus, RestoreDone, RestorePreview } from '../model/backup';
import type { MigrationExport, PlainExportFormat } from '../model/export';
import type { FillOnPageResult } from '../model/fill';
import type { ImportFound, ImportSaved, ImportSelection } from '../model/imports';
import type { AboutInfo, ActiveTabStatus, PortalsOverview } from '../model/portal';
import type { ReadPolicy } from '../../core/policy/policy';
import type { Settings } from '../model/settings';
import type { PasskeyList, PasskeyRegistration } from '../model/passkey';
import type { SyncStatus } from '../model/sync';
import type { AccountCodes, AccountEdit, AccountInput, VaultOverview } from '../model/vault';

/** Extension pages (popup, options) -> background. */
export interface PageRequests {
  /** Reads a QR code in the active tab. */
  'import/scan-tab': { request: null; response: ImportFound };
  'import/decode-image': { request: { readonly dataUrl: string }; response: ImportFound };
  /** Another authenticator's export file (its bytes, base64), read and held like a scan. */
  'import/read-file': {
    request: { readonly name: string; readonly base64: string; readonly password: string | null };
    response: ImportFound;
  };
  'import/save': {
    request: { readonly token: string; readonly accounts: readonly ImportSelection[] };
    response: ImportSaved;
  };
  'page/about': { request: null; response: AboutInfo };
  'page/active-tab': { request: null; response: ActiveTabStatus };
  /**
   * With `firstRows`, only the first accounts in the order shown and their codes (the popup's
   * first screen, answered before computing 1,000 codes and small to carry); null: everything.
   */
  'vault/overview': {
    request: { readonly firstRows: number } | null;
    response: VaultOverview;
  };
  'vault/create': { request: { readonly passphrase: string }; response: null };
  'vault/unlock': { request: { readonly passphrase: string }; response: null };
  'vault/lock': { request: null; response: null };
  /** A passkey's PRF output (base64) for its slot's salt opens the vault. */
  'vault/unlock-passkey': {
    request: { readonly credentialId: string; readonly prfOutput: string };
    response: null;
  };
  'vault/change-passphrase': {
    request: { readonly current: string; readonly next: string };
    response: null;
  };
  'vault/add': { request: AccountInput; response: { readonly id: string } };
  'vault/update': { request: AccountEdit; response: null };
  /** An account on standby (2FA set up again) becomes the one filled; its twin waits instead. */
  'vault/make-current': { request: { readonly id: string }; response: null };
  'vault/remove': { request: { readonly id: string }; response: null };
  /** Undoes the last removal, while the popup that made it is open. */
  'vault/restore': { request: { readonly id: string }; response: null };
  'vault/move': { request: { readonly id: string; readonly toIndex: number }; response: null };
  /** Counts an HOTP account forward and returns its new code. */
  'vault/hotp-next': { request: { readonly id: string }; response: AccountCodes };
  /** The popup wrote `code` to the clipboard: clear it later if it is still there. */
  'clipboard/copied': { request: { readonly code: string }; response: null };
  /** The settings in force: the user's, within the organisation's policy (policy/get). */
  'settings/get': { request: null; response: Settings };
  'settings/set': { request: Partial<Settings>; response: Settings };
  /** The organisation's managed policy, read and checked (core/policy/policy.ts). */
  'policy/get': { request: null; response: ReadPolicy };
  /** Options -> Portals: the portal addresses the content script runs on. */
  'portals/list': { request: null; response: PortalsOverview };
  /** Sent once the options page holds the host permission for `pattern` (a normalised one). */
  'portals/add': { request: { readonly pattern: string }; response: PortalsOverview };
  /** Unregisters the portal's content script and gives its host permission back. */
  'portals/remove': { request: { readonly pattern: string }; response: PortalsOverview };
  /**
   * "Move to phone": the chosen accounts as Google Authenticator export QR codes, after the
   * passphrase is given again (DESIGN 4.9). Secrets leave the worker only in this reply.
   */
  'export/migration': {
    request: { readonly passphrase: string; readonly ids: readonly string[] };
    response: MigrationExport;
  };
  /** "Show QR code": one account's otpauth:// URI, after the passphrase is given again. */
  /** Every account unencrypted, as a file for another app; the passphrase given again. */
  'export/plain': {
    request: { readonly passphrase: string; readonly format: PlainExportFormat };
    response: FileToSave;
  };
  'export/account-uri': {
    request: { readonly passphrase: string; readonly id: string };
    response: { readonly uri: string };
  };
  /**
   * Fill on demand: fills the active tab's top frame with the code of the account the fill
   * policy offers there (`accountId` once the user chose one of several).
   */
  'fill/active-tab': {
    request: { readonly accountId: string | null };
    response: FillOnPageResult;
  };
  /** The last backup's date; the popup's "Not backed up" note is in the vault overview. */
  'backup/status': { request: null; response: BackupStatus };
  /** A backup file of the open vault: its passphrase (null) or one of the file's own. */
  'backup/create': { request: { readonly passphrase: string | null }; response: FileToSave };
  /** Opens a backup file and holds it until `backup/restore`; nothing is written. */
  'backup/open': {
    request: { readonly text: string; readonly passphrase: string };
    response: RestorePreview;
  };
  /**
   * Writes what `backup/open` previewed: a new vault with `passphrase` (first run), or the
   * new accounts into the open vault. `settings`: also take the backup's settings.
   */
  'backup/restore': {
    request: {
      readonly token: string;
      readonly settings: boolean;
      readonly passphrase: string | null;
    };
    response: RestoreDone;
  };
  /** Sync with the browser's account (storage.sync): where it stands. */
  'sync/status': { request: null; response: SyncStatus };
  /**
   * Turns sync on in this browser. When the browser's account already holds a synced vault,
   * the reply says `joinable` and nothing is merged until `sync/join`.
   */
  'sync/enable': { request: null; response: SyncStatus };
  /**
   * "Unlock with your passphrase to join": the synced vault's passphrase opens its key; this
   * browser's accounts (if any) are merged in, and from then on its vault opens with that
   * passphrase. Without a vault here, this is the first run's other way in.
   */
  'sync/join': { request: { readonly passphrase: string }; response: SyncStatus };
  /** The passkeys that open the vault (locked or not): what the unlock ceremony asks for. */
  'passkey/list': { request: null; response: PasskeyList };
  /**
   * "Unlock with a passkey", step 1: the passphrase again (DESIGN 4.9: a new way into the
   * vault is the user's act), then what the registration needs; the grant lasts 5 minutes.
   */
  'passkey/begin': { request: { readonly passphrase: string }; response: PasskeyRegistration };
  /** Step 2: the new credential and its PRF output for the grant's salt become a key slot. */
  'passkey/add': {
    request: {
      readonly grant: string;
      readonly name: string;
      /** base64 */
      readonly credentialId: string;
      /** base64, 32 bytes */
      readonly prfOutput: string;
    };
    response: PasskeyList;
  };
  'passkey/remove': { request: { readonly slotId: string }; response: PasskeyList };
  /** The toolbar popup cannot hold a WebAuthn dialog: the unlock window runs it instead. */
  'passkey/open-window': { request: null; response: null };
  /** Stops syncing here; the synced items stay for the other browsers. */
  'sync/disable': { request: null; response: SyncStatus };
  /** Syncs now rather than at the next change. */
  'sync/now': { request: null; response: SyncStatus };
}
