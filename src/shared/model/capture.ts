import type { LocalisedText } from '../../sites/site-profile';

/** A QR code found in a portal page, as the in-page prompt may show it: no secret. */
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
      /**
       * The account this QR code's secret would take over from: the same login, bound to
       * this origin, another secret (2FA set up again). Known only while unlocked.
       */
      readonly replaces: ReplacedAccount | null;
      /**
       * The organisation's words after the site's notice (managed policy), asked when the
       * code is found rather than when the page loads: the policy may arrive after that.
       */
      readonly organisationNotice: LocalisedText | null;
    };

export interface ReplacedAccount {
  readonly issuer: string;
  readonly account: string;
  /** When it was saved (ms since the epoch). */
  readonly savedAt: number;
}

/** What "Save to Authenticator" did; `code` is what to fill into the page's code field. */
export type CaptureSaved =
  | {
      /**
       * `allowed`: an account stored for another site was allowed here, as the user asked;
       * `set-up-again`: saved beside the account it replaces once the portal saves it too.
       */
      readonly status: 'saved' | 'duplicate' | 'allowed' | 'set-up-again';
      readonly id: string;
      /** Null where the fill policy gives this frame no code for the account (HOTP). */
      readonly code: string | null;
      /** When `code` stops being valid (ms since the epoch); null for no code or HOTP. */
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
