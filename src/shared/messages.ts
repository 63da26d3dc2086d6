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

/** Content script -> background. */
export interface ContentRequests {
  'content/hello': { request: null; response: PortalStatus };
}

/** Extension pages (popup, options) -> background. */
export interface PageRequests {
  'page/about': { request: null; response: AboutInfo };
  'page/active-tab': { request: null; response: ActiveTabStatus };
}

export type RequestMap = ContentRequests | PageRequests;

export interface Envelope<Type extends string = string> {
  readonly type: Type;
  readonly payload: unknown;
}

export type ErrorCode = 'forbidden' | 'unknown-type' | 'bad-request' | 'internal';

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
