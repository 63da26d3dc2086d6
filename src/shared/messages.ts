import type { HashAlgorithm, OtpType } from '../core/otp-types';

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
}

/** Content script -> background. */
export interface ContentRequests {
  'content/hello': { request: null; response: PortalStatus };
}

/** Extension pages (popup, options) -> background. */
export interface PageRequests {
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
  /** Forget the pending clear (the newest copy asked for none). */
  'offscreen/cancel-clipboard-clear': { request: null; response: OffscreenAck };
}

/** `accepted: false`: the document is closing itself; make a new one and ask again. */
export interface OffscreenAck {
  readonly accepted: boolean;
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
  /** Bad user input (a URI, a secret, a field): the message says what. */
  | 'invalid-input'
  | 'duplicate'
  | 'not-found'
  /** Storage failed (quota, corrupt data): the message says what; nothing was lost. */
  | 'storage';

export type Reply<Value> =
  | { readonly ok: true; readonly value: Value }
  | { readonly ok: false; readonly error: { readonly code: ErrorCode; readonly message: string } };

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
