export interface Settings {
  /** Minutes of inactivity before the vault locks; null: only when the browser closes. */
  readonly autoLockMinutes: number | null;
  /** Seconds before a copied code is cleared from the clipboard; 0: never. */
  readonly clipboardClearSeconds: number;
  readonly theme: 'system' | 'light' | 'dark';
  /** Fill the code when a bound portal asks for it and one account matches. */
  readonly fillOnSignIn: boolean;
  /** Also put the code on the clipboard after filling it. */
  readonly copyAfterFill: boolean;
  /** Origins where the form is submitted after a fill (per site, off by default). */
  readonly submitAfterFillOrigins: readonly string[];
}
