import type { VaultCryptoErrorCode } from '../core/crypto/errors';
import type { MigrationErrorCode } from '../core/migration/errors';
import type { OtpauthErrorCode } from '../core/otpauth/errors';
import type { HashAlgorithm, OtpType } from '../core/otp-types';
import type { VaultErrorCode } from '../core/vault/errors';

/**
 * The typed message protocol, one map per direction (after darkreader). A content script can
 * only name messages of `ContentRequests`; the router refuses page messages from it even if a
 * compromised renderer forged the type (DESIGN 4.4).
 */

export interface SiteSummary {
  readonly id: string;
  readonly name: string;
}

export interface PortalStatus {
  /** The site profile that covers this frame's origin, or null. */
  readonly site: SiteSummary | null;
  readonly isSecureContext: boolean;
}

export interface ActiveTabStatus {
  /** Null when no content script of ours has reported from the active tab's top frame. */
  readonly portal: (PortalStatus & { readonly origin: string }) | null;
}

export interface AboutInfo {
  readonly version: string;
}

export type VaultState = 'none' | 'locked' | 'unlocked';

/** What the popup may know of an account: everything but the secret (issue 4). */
export interface AccountView {
  readonly id: string;
  readonly issuer: string;
  readonly account: string;
  readonly type: OtpType;
  /** Code length (5 for Steam). */
  readonly digits: number;
  /** Seconds per code; null for HOTP. */
  readonly period: number | null;
  readonly origins: readonly string[];
  readonly siteId: string | null;
  readonly note: string;
  /** One of its origins is the active tab's origin: listed first and marked. */
  readonly boundToActiveTab: boolean;
}

export interface AccountCodes {
  readonly id: string;
  readonly current: string;
  /** The code of the next period (TOTP, Steam); null for HOTP. */
  readonly next: string | null;
  /** When `current` stops being valid (ms since the epoch); null for HOTP. */
  readonly validUntil: number | null;
}

export type VaultOverview =
  | { readonly state: 'none' }
  | { readonly state: 'locked' }
  | {
      readonly state: 'unlocked';
      readonly accounts: readonly AccountView[];
      readonly codes: readonly AccountCodes[];
      /** The newest saved copy was damaged and the one before it was opened (DESIGN 4.7). */
      readonly recovered: boolean;
    };

/** An account typed in by hand, or pasted as an otpauth:// URI. */
export type AccountInput =
  | { readonly kind: 'uri'; readonly uri: string }
  | {
      readonly kind: 'fields';
      readonly secret: string;
      readonly issuer: string;
      readonly account: string;
      readonly type: OtpType;
      readonly algorithm: HashAlgorithm;
      readonly digits: number;
      readonly period: number;
      readonly counter: number;
    };

export interface AccountEdit {
  readonly id: string;
  readonly issuer: string;
  readonly account: string;
  readonly note: string;
}

export interface Settings {
  /** Minutes of inactivity before the vault locks; null: only when the browser closes. */
  readonly autoLockMinutes: number | null;
  /** Seconds before a copied code is cleared from the clipboard; 0: never. */
  readonly clipboardClearSeconds: number;
  readonly theme: 'system' | 'light' | 'dark';
  /** Issue 6: fill the code when a bound portal asks for it and one account matches. */
  readonly fillOnSignIn: boolean;
  /** Issue 6: also put the code on the clipboard after filling it. */
  readonly copyAfterFill: boolean;
  /** Issue 6: origins where the form is submitted after a fill (per site, off by default). */
  readonly submitAfterFillOrigins: readonly string[];
}

/** Content script -> background. */
/** A QR code found in a portal page (issue 5), as the in-page prompt may show it: no secret. */
export type CaptureFound =
  /** No QR code in these pixels (most images are not one): the prompt stays hidden. */
  | { readonly status: 'none' }
  /**
   * A QR code that is not an authenticator account, a broken or unsupported otpauth link, or a
   * Google Authenticator export (imported from the popup): said in the prompt, nothing saved.
   */
  | { readonly status: 'invalid'; readonly reason: 'not-authenticator' | 'unusable' | 'export' }
  | {
      readonly status: 'account';
      /** Names the capture held in the background; the secret itself stays there. */
      readonly token: string;
      readonly issuer: string;
      readonly account: string;
      /** The same secret is already stored for this very origin (known only while unlocked). */
      readonly duplicate: boolean;
    };

/** What "Save to Authenticator" did; `code` is what to fill into the page's code field. */
export type CaptureSaved =
  | {
      /** `allowed`: an account stored for another site was allowed here, as the user asked. */
      readonly status: 'saved' | 'duplicate' | 'allowed';
      readonly id: string;
      readonly code: string;
      readonly validUntil: number | null;
    }
  /**
   * The same secret is stored for another site: nothing changed. The prompt asks the user,
   * naming that account and this site (`site`, the frame's host), before `allowHere`.
   */
  | {
      readonly status: 'ask-allow';
      readonly issuer: string;
      readonly account: string;
      readonly site: string;
    }
  /** The vault is locked: a window to unlock it was opened; saving resumes after unlocking. */
  | { readonly status: 'locked' }
  /** The capture was forgotten (worker restart, ten minutes passed): read the QR code again. */
  | { readonly status: 'expired' };

export interface ContentRequests {
  'content/hello': { request: null; response: PortalStatus };
  /** The pixels of a QR-like element, as a PNG data: URL (decoded in the background). */
  'capture/decode': { request: { readonly image: string }; response: CaptureFound };
  'capture/save': {
    request: {
      readonly token: string;
      readonly issuer: string;
      readonly account: string;
      /** The site's notice (Sonar: Insights) was acknowledged; required where there is one. */
      readonly acknowledged: boolean;
      /** The user allowed the account stored for another site here (after `ask-allow`). */
      readonly allowHere: boolean;
    };
    response: CaptureSaved;
  };
  /** The current code of an account bound to this frame's origin (to keep a fill fresh). */
  'codes/current': { request: { readonly id: string }; response: AccountCodes };
  // Sign-in fill (issue 6, DESIGN 4.3): background/fill/, content/sign-in/.
  /** The accounts bound to this frame's exact origin, by name only. */
  'fill/accounts': { request: null; response: SignInAccounts };
  /** The code to fill now for one of them (or the next one, at rollover). */
  'fill/code': { request: { readonly id: string }; response: SignInCode };
  /** "Fill code" on a locked vault: opens the unlock window; `vault/unlocked` follows. */
  'fill/unlock': { request: null; response: { readonly status: 'locked' | 'unlocked' } };
  /** A code was filled: the background copies it when the settings say so (copy-after-fill.ts). */
  'fill/filled': { request: { readonly code: string }; response: null };
  /**
   * Fill on demand (issue 6, background/fill/on-demand/): the code a user gesture (popup button,
   * keyboard command, context menu) granted this tab's top frame, once, for its origin.
   */
  'fill/granted-code': { request: null; response: FillGrant };
}

/** An account bound to the asking frame's origin, as the in-page chooser names it (issue 6). */
export interface SignInAccount {
  readonly id: string;
  readonly issuer: string;
  readonly account: string;
}

/** What sign-in fill may offer on this page (issue 6). Locked: no names, just "unlock first". */
export type SignInAccounts =
  | { readonly status: 'locked' }
  | {
      readonly status: 'unlocked';
      readonly accounts: readonly SignInAccount[];
      /** The fill policy allows an automatic fill: the setting is on and one account is bound. */
      readonly automatic: boolean;
    };

export type SignInCode =
  | { readonly status: 'locked' }
  | {
      readonly status: 'code';
      readonly code: string;
      /** When `code` becomes valid (ms since the epoch): fill it then; null: valid now. */
      readonly validFrom: number | null;
      /** This origin is in "Submit after filling". */
      readonly submit: boolean;
    };

/** The code a fill on demand may put in the page. */
export interface FillGrant {
  readonly code: string;
}

/** An account the popup offers when several are bound to the page (issue 6): names only. */
export interface FillChoice {
  readonly id: string;
  readonly issuer: string;
  readonly account: string;
}

/** What "Fill code on this page" did (issue 6). */
export type FillOnPageResult =
  /** `copied`: "Also copy the code after filling" put it on the clipboard too. */
  | { readonly status: 'filled'; readonly copied: boolean }
  | { readonly status: 'choose'; readonly accounts: readonly FillChoice[] }
  /** No account bound here; or (`hotp-only`) only counter-based ones, never filled. */
  | { readonly status: 'no-account' | 'hotp-only'; readonly origin: string }
  /** Looks like `boundOrigin`, where an account is bound, but is not it: never a code. */
  | { readonly status: 'lookalike'; readonly origin: string; readonly boundOrigin: string }
  | { readonly status: 'insecure' | 'no-field' | 'refused' | 'unavailable' };

/** Background -> content scripts (tabs.sendMessage): events, no reply expected. */
export interface ContentEvents {
  /** The vault was unlocked: a save that waited for it may go on. */
  'vault/unlocked': null;
}

/**
 * The popup's QR import (issue 5): "Scan QR code on this page", an image file, a Google
 * Authenticator export. The popup sees names, never secrets (issue 4): the background holds
 * the accounts under `token` until "Save".
 */
export interface ImportedAccountPreview {
  readonly issuer: string;
  readonly account: string;
  readonly type: OtpType;
  readonly digits: number;
  /** The same secret is already stored: saving skips it. */
  readonly duplicate: boolean;
}

/**
 * An account of an export that cannot be imported; `code` is its MigrationErrorCode, which the
 * popup says in the UI language (an unknown one gets a general sentence).
 */
export interface ImportedAccountFailure {
  readonly issuer: string;
  readonly account: string;
  readonly code: MigrationErrorCode;
}

/** A multi-QR export so far; QR codes are numbered from 1, as the user sees them. */
export interface ImportBatchProgress {
  readonly size: number;
  readonly scanned: readonly number[];
  readonly missing: readonly number[];
}

export type ImportFound =
  | { readonly status: 'no-code' }
  /** A QR code that holds something else (a link, text): nothing to save. */
  | { readonly status: 'not-authenticator' }
  /**
   * An otpauth:// or export QR code that cannot be used; `reason` is core's code for why (an
   * OtpauthErrorCode or MigrationErrorCode), which the popup says in the UI language.
   */
  | { readonly status: 'unusable'; readonly reason: OtpauthErrorCode | MigrationErrorCode }
  | {
      readonly status: 'unscannable';
      readonly reason: 'not-web' | 'web-store' | 'file-access' | 'no-access' | 'tab-changed';
    }
  | {
      readonly status: 'accounts';
      readonly token: string;
      /** `import/save` names these by their index in this list. */
      readonly accounts: readonly ImportedAccountPreview[];
      readonly failed: readonly ImportedAccountFailure[];
      /** The page's origin the accounts will be bound to; null for an image file. */
      readonly origin: string | null;
      /**
       * A scanned code the page itself did not draw (another site's frame, or a place the scan
       * could not tell): saved unbound, and the popup says why.
       */
      readonly notDrawnByPage: boolean;
      readonly siteId: string | null;
      readonly batch: ImportBatchProgress | null;
    };

export interface ImportSelection {
  readonly index: number;
  readonly issuer: string;
  readonly account: string;
}

export interface ImportSaved {
  /** Ids of the accounts added, in list order. */
  readonly added: readonly string[];
  /** Selected accounts already in the vault, so not added again. */
  readonly alreadyStored: number;
}

/** Extension pages (popup, options) -> background. */
export interface PageRequests {
  /**
   * Reads a QR code in the active tab (issue 5). `tabId` is accepted only by demo/e2e builds
   * (`__TEST_HOOKS__`), where the popup opened by automation is itself the active tab.
   */
  'import/scan-tab': { request: { readonly testTabId: number } | null; response: ImportFound };
  'import/decode-image': { request: { readonly dataUrl: string }; response: ImportFound };
  'import/save': {
    request: { readonly token: string; readonly accounts: readonly ImportSelection[] };
    response: ImportSaved;
  };
  'page/about': { request: null; response: AboutInfo };
  'page/active-tab': { request: null; response: ActiveTabStatus };
  'vault/overview': { request: null; response: VaultOverview };
  'vault/create': { request: { readonly passphrase: string }; response: null };
  'vault/unlock': { request: { readonly passphrase: string }; response: null };
  'vault/lock': { request: null; response: null };
  'vault/change-passphrase': {
    request: { readonly current: string; readonly next: string };
    response: null;
  };
  'vault/add': { request: AccountInput; response: { readonly id: string } };
  'vault/update': { request: AccountEdit; response: null };
  'vault/remove': { request: { readonly id: string }; response: null };
  /** Undoes the last removal, while the popup that made it is open. */
  'vault/restore': { request: { readonly id: string }; response: null };
  'vault/move': { request: { readonly id: string; readonly toIndex: number }; response: null };
  /** Counts an HOTP account forward and returns its new code. */
  'vault/hotp-next': { request: { readonly id: string }; response: AccountCodes };
  /** The popup wrote `code` to the clipboard: clear it later if it is still there. */
  'clipboard/copied': { request: { readonly code: string }; response: null };
  'settings/get': { request: null; response: Settings };
  'settings/set': { request: Partial<Settings>; response: Settings };
  /** Options -> Portals (issue 5): the portal addresses the content script runs on. */
  'portals/list': { request: null; response: PortalsOverview };
  /** Sent once the options page holds the host permission for `pattern` (a normalised one). */
  'portals/add': { request: { readonly pattern: string }; response: PortalsOverview };
  /** Unregisters the portal's content script and gives its host permission back. */
  'portals/remove': { request: { readonly pattern: string }; response: PortalsOverview };
  /**
   * Fill on demand (issue 6): fills the active tab's top frame with the code of the account
   * bound to its origin (`accountId` once the user chose one). `tabId` only in test builds.
   */
  'fill/active-tab': {
    request: { readonly accountId: string | null; readonly tabId?: number };
    response: FillOnPageResult;
  };
}

/** A portal address the user added in Options -> Portals (issue 5). */
export interface UserPortal {
  /** The match pattern the content script runs on, e.g. `https://portal.example.com/*`. */
  readonly pattern: string;
  readonly addedAt: number;
  /** The browser grants its host permission (the user can take it back in the browser's UI). */
  readonly granted: boolean;
}

export interface PortalsOverview {
  /** Site profiles shipped with the extension: always on, not removable. */
  readonly builtIn: readonly { readonly name: string; readonly matches: readonly string[] }[];
  readonly portals: readonly UserPortal[];
}

/**
 * Background -> the offscreen document (Chrome only), which holds the clipboard timer
 * (background/clipboard-chrome.ts, offscreen/clipboard-offscreen.ts). Its own map: these are
 * not page requests, and the offscreen page accepts nothing else.
 */
export interface OffscreenRequests {
  /** Clear the clipboard after `delayMs` if it still holds `code`; replaces any pending clear. */
  'offscreen/clear-clipboard-later': {
    request: { readonly code: string; readonly delayMs: number };
    response: OffscreenAck;
  };
  /** Put `code` on the clipboard (issue 6: "also copy the code after filling"). */
  'offscreen/copy': { request: { readonly code: string }; response: OffscreenAck };
  /** Forget the pending clear (the newest copy asked for none). */
  'offscreen/cancel-clipboard-clear': { request: null; response: OffscreenAck };
}

/** `accepted: false`: the document is closing itself; make a new one and ask again. */
export interface OffscreenAck {
  readonly accepted: boolean;
  /** Taken, but the browser refused it (a clipboard write). */
  readonly failed?: boolean;
}

export type RequestMap = ContentRequests | PageRequests;

export interface Envelope<Type extends string = string> {
  readonly type: Type;
  readonly payload: unknown;
}

export type ErrorCode =
  | 'forbidden'
  | 'unknown-type'
  | 'bad-request'
  | 'internal'
  /** The vault must be unlocked (or created) first. */
  | 'locked'
  | 'no-vault'
  | 'vault-exists'
  | 'wrong-passphrase'
  | 'weak-passphrase'
  /** Bad user input (a URI, a secret, a field): `reason` says what, when it is known. */
  | 'invalid-input'
  | 'duplicate'
  | 'not-found'
  /** Storage failed (quota, corrupt data): `reason` says what, when it is known; nothing was lost. */
  | 'storage';

/** Why, more precisely than the ErrorCode: core's typed error codes and the worker's own. */
export type ErrorReason =
  | OtpauthErrorCode
  | MigrationErrorCode
  | VaultErrorCode
  | VaultCryptoErrorCode
  /** storage.local refused the write because it is full. */
  | 'storage-full'
  /** The stored vault (both generations) cannot be read. */
  | 'storage-damaged'
  /** An image file or pasted image that is not a readable picture. */
  | 'unreadable-image';

/**
 * A refusal. `message` is English, for logs and developers: never shown to the user. What the
 * UI says comes from its locale files, chosen by `code` and, where one is given, `reason`.
 */
export interface ReplyError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly reason?: ErrorReason;
}

export type Reply<Value> =
  { readonly ok: true; readonly value: Value } | { readonly ok: false; readonly error: ReplyError };

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    typeof value.type === 'string' &&
    'payload' in value
  );
}

export function isReply(value: unknown): value is Reply<unknown> {
  return (
    typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean'
  );
}
