import type { SiteProfile } from '../../sites/site-profile';
import type { Vocabulary } from '../../sites/vocabulary';

/** What the protocol says about portals and the active tab: data, no messages. */

export interface SiteSummary {
  readonly id: string;
  readonly name: string;
}

export interface PortalStatus {
  /** The site profile that covers this frame's origin, or null. */
  readonly site: SiteSummary | null;
  readonly isSecureContext: boolean;
}

/** What a content script learns when it starts: where it is, and what its tab was doing. */
export interface ContentHello extends PortalStatus {
  /**
   * The site profile of this frame (hints, notices), or null off a portal. Sent, not bundled:
   * the content script carries no site's data, only what its page needs.
   */
  readonly profile: SiteProfile | null;
  /** The words pages are read by, with the profile (null without one): sent, not bundled, too. */
  readonly vocabulary: Vocabulary | null;
  /** A filled code was sent from this tab on this origin and its answer was not seen yet. */
  readonly awaitingSignIn: boolean;
  /** The portal's Save of a 2FA set-up succeeded here a moment ago (the page then reloaded). */
  readonly afterSetUp: boolean;
}

export interface ActiveTabStatus {
  /** Null when no content script of ours has reported from the active tab's top frame. */
  readonly portal: (PortalStatus & { readonly origin: string }) | null;
  /**
   * The active tab's origin, when the browser tells (the popup is open: activeTab), and it
   * is one an account may be allowed on by hand (core/site-addition.ts). Null otherwise.
   */
  readonly allowableOrigin: string | null;
}

export interface AboutInfo {
  readonly version: string;
}

/** A portal address the user added in Options -> Portals. */
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
  /** Portals the organisation's policy names; they need the browser's grant like any other. */
  readonly managed: readonly { readonly pattern: string; readonly granted: boolean }[];
}
