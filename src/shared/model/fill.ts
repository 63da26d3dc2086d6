/** An account bound to the asking frame's origin, as the in-page chooser names it. */
export interface SignInAccount {
  readonly id: string;
  readonly issuer: string;
  readonly account: string;
}

/** An account of this portal's other host, which the user may allow here (DESIGN 4.8). */
export interface AllowableAccount extends SignInAccount {
  /** The host it is bound to, for the question "allow it here too?". */
  readonly boundHost: string;
}

/** What sign-in fill may offer on this page. Locked: no names, just "unlock first". */
export type SignInAccounts =
  | { readonly status: 'locked' }
  | {
      readonly status: 'unlocked';
      readonly accounts: readonly SignInAccount[];
      /** Accounts bound to another host of this portal: filled here only once allowed. */
      readonly allowable: readonly AllowableAccount[];
      /** The account (of either list) named by the login typed on this tab's password step. */
      readonly picked: string | null;
      /** The fill policy allows an automatic fill of the one account known for this sign-in. */
      readonly automatic: boolean;
      /**
       * The code step came back after a code was sent from this tab: the portal refused it.
       * Null otherwise.
       */
      readonly refused: RefusedCode | null;
    };

/** After the portal refused a filled code: what "Fill next code" fills, and from when. */
export interface RefusedCode {
  /** The account whose code goes in next: the refused one, or its twin on standby. */
  readonly nextId: string;
  /** When "Fill next code" is offered (ms since the epoch): now, or at the next period. */
  readonly from: number;
  /** Codes refused in a row here: from the second, the clock is the likely cause. */
  readonly refusals: number;
}

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

/** An account the popup offers when several are bound to the page: names only. */
export interface FillChoice {
  readonly id: string;
  readonly issuer: string;
  readonly account: string;
}

/** What "Fill code on this page" did. */
export type FillOnPageResult =
  /** `copied`: "Also copy the code after filling" put it on the clipboard too. */
  | { readonly status: 'filled'; readonly copied: boolean }
  | { readonly status: 'choose'; readonly accounts: readonly FillChoice[] }
  /** No account bound here; or (`hotp-only`) only counter-based ones, never filled. */
  | { readonly status: 'no-account' | 'hotp-only'; readonly origin: string }
  /** Looks like `boundOrigin`, where an account is bound, but is not it: never a code. */
  | { readonly status: 'lookalike'; readonly origin: string; readonly boundOrigin: string }
  /** An account of another host of this portal: the user allows it here first. */
  | { readonly status: 'other-host'; readonly origin: string; readonly account: FillChoice }
  | { readonly status: 'insecure' | 'no-field' | 'refused' | 'unavailable' };
