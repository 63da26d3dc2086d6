/** An account bound to the asking frame's origin, as the in-page chooser names it. */
export interface SignInAccount {
  readonly id: string;
  readonly issuer: string;
  readonly account: string;
}

/** What sign-in fill may offer on this page. Locked: no names, just "unlock first". */
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
  | { readonly status: 'insecure' | 'no-field' | 'refused' | 'unavailable' };
