import type { CaptureFound, CaptureSaved } from '../model/capture';
import type { FillGrant, RefusedCode, SignInAccounts, SignInCode } from '../model/fill';
import type { ContentHello } from '../model/portal';
import type { AccountCodes } from '../model/vault';

/**
 * Content script -> background. The protocol has one map per direction (after darkreader;
 * page.ts, offscreen.ts, events.ts), its data models apart in shared/model/. A content
 * script can only name messages of this map; the router refuses page messages from it even
 * if a compromised renderer forged the type (DESIGN 4.4).
 */
export interface ContentRequests {
  'content/hello': { request: null; response: ContentHello };
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
  /**
   * The portal's own Save of a set-up succeeded after the prompt saved account `id`: a new
   * secret of a set-up redone is current from now on (core/vault/replacement.ts).
   */
  'capture/portal-saved': { request: { readonly id: string }; response: null };
  /** "Back up" in the prompt after a save (a trusted click): opens Options at Backup. */
  'capture/open-backup': { request: null; response: null };
  /** The current code of an account bound to this frame's origin (to keep a fill fresh). */
  'codes/current': { request: { readonly id: string }; response: AccountCodes };
  // Sign-in fill (DESIGN 4.3): background/fill/, content/sign-in/.
  /** The accounts bound to this frame's exact origin, by name only. */
  'fill/accounts': { request: null; response: SignInAccounts };
  /** The code to fill now for one of them (or the next one, at rollover). */
  'fill/code': { request: { readonly id: string }; response: SignInCode };
  /** "Fill code" on a locked vault: opens the unlock window; `vault/unlocked` follows. */
  'fill/unlock': { request: null; response: { readonly status: 'locked' | 'unlocked' } };
  /** A code was filled: the background copies it when the settings say so (copy-after-fill.ts). */
  'fill/filled': { request: { readonly code: string }; response: null };
  /** The login name typed on this frame's password step (trusted submit): picks the account. */
  'fill/login-name': { request: { readonly name: string }; response: null };
  /** "Allow on this site", clicked by the user: account `id` of another host gets this origin. */
  'fill/allow-here': { request: { readonly id: string }; response: null };
  /** The code step was sent (trusted submit, Enter or click) after a code was filled. */
  'fill/sent': { request: null; response: null };
  /**
   * What the page did after a filled code was sent: showed an error (`refused`: the answer is
   * what "Fill next code" fills), or took the code step away without one (`gone`: accepted).
   */
  'fill/outcome': {
    request: { readonly outcome: 'refused' | 'gone' };
    response: RefusedCode | null;
  };
  /**
   * Fill on demand (background/fill/on-demand/): the code a user gesture (popup button,
   * keyboard command, context menu) granted this tab's top frame, once, for its origin.
   */
  'fill/granted-code': { request: null; response: FillGrant };
}
