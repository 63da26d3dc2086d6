/**
 * A site profile is data, never code (DESIGN 1): the real portal's markup is unknown to us,
 * so every selector is a hint that generic detection falls back from.
 */

export type Locale = 'en' | 'fr';
export type LocalisedText = Readonly<Record<Locale, string>>;

export interface SiteNotice {
  /** One line for the popup's account row. */
  readonly short: LocalisedText;
  /** The whole warning, shown before an enrollment is saved. */
  readonly full: LocalisedText;
  /** The acknowledgement the user must tick; its text must name what is being given up. */
  readonly acknowledge: LocalisedText;
}

export interface SiteProfile {
  readonly id: string;
  readonly name: string;
  /** WebExtension match patterns; also the content-script `matches` in the manifest. */
  readonly matches: readonly string[];
  /** Issuer names this portal writes into its otpauth URIs. */
  readonly issuers: readonly string[];
  readonly enrollment: {
    /** Texts of the control that reveals the QR code. */
    readonly revealButtonTexts: readonly string[];
    /** Label texts and selector hints for the "code from the QR scan" field. */
    readonly codeFieldLabels: readonly string[];
    readonly codeFieldSelectors: readonly string[];
    readonly qrContainerSelectors: readonly string[];
  };
  readonly signIn: {
    readonly codeFieldLabels: readonly string[];
    readonly codeFieldSelectors: readonly string[];
  };
  readonly notices: Readonly<Partial<Record<'insights', SiteNotice>>>;
  /** What the site's own help says to do once 2FA is saved; a generic line where it has none. */
  readonly afterSetUp?: LocalisedText;
}
