import type { Runtime } from 'webextension-polyfill';
import type { AskingFrame } from '../core/fill-policy';
import { isSecureOrigin, originOf } from '../core/origin';

/**
 * The ONE place that decides who sent a message (DESIGN 4.4, after Bitwarden's sender.ts).
 * Everything here comes from fields the browser stamps on `sender`; nothing is taken from the
 * message body. Nothing else in the extension reads `sender` (enforced by lint).
 */

/** Chrome adds `origin`, the document's real origin even for about:blank and srcdoc frames. */
export type RawSender = Runtime.MessageSender & { readonly origin?: string };

export interface ExtensionIdentity {
  readonly id: string;
  /** `chrome-extension://ID/` or `moz-extension://UUID/`, from `runtime.getURL('')`. */
  readonly baseUrl: string;
}

export interface ExtensionPageSender {
  readonly kind: 'extension-page';
  readonly url: string;
  /** The tab the page is shown in (popup opened as a tab, options page), if any. */
  readonly tabId: number | null;
}

export interface ContentScriptSender {
  readonly kind: 'content-script';
  readonly tabId: number;
  readonly frameId: number;
  readonly origin: string;
  readonly url: string;
  readonly isTopFrame: boolean;
  /** https, or http on loopback: the only places codes may ever go (DESIGN 4.3). */
  readonly isSecureContext: boolean;
}

export type UntrustedReason =
  'other-extension' | 'no-tab' | 'opaque-origin' | 'user-script' | 'extension-frame-in-page';

export interface UntrustedSender {
  readonly kind: 'untrusted';
  readonly reason: UntrustedReason;
}

export type ClassifiedSender = ExtensionPageSender | ContentScriptSender | UntrustedSender;

export function classifySender(sender: RawSender, self: ExtensionIdentity): ClassifiedSender {
  if (sender.id !== self.id) return untrusted('other-extension');
  if (sender.userScriptWorldId !== undefined) return untrusted('user-script');

  const tabId = sender.tab?.id ?? null;
  const url = sender.url ?? '';
  if (url.startsWith(self.baseUrl)) {
    // Our pages are never embedded in web pages (no web-accessible resources), so an extension
    // URL in a sub-frame of a tab is something we did not build: refuse it.
    if (tabId !== null && sender.frameId !== undefined && sender.frameId !== 0) {
      return untrusted('extension-frame-in-page');
    }
    return { kind: 'extension-page', url, tabId };
  }

  if (tabId === null || sender.frameId === undefined) return untrusted('no-tab');
  const origin = stampedOrigin(sender);
  if (origin === null) return untrusted('opaque-origin');
  return {
    kind: 'content-script',
    tabId,
    frameId: sender.frameId,
    origin,
    url,
    isTopFrame: sender.frameId === 0,
    isSecureContext: isSecureOrigin(origin),
  };
}

/** The frame as the fill policy (core/fill-policy.ts) reads it. */
export function askingFrame(sender: ContentScriptSender): AskingFrame {
  return { origin: sender.origin, isTopFrame: sender.isTopFrame };
}

function stampedOrigin(sender: RawSender): string | null {
  if (sender.origin !== undefined) {
    return sender.origin === 'null' ? null : originOf(sender.origin);
  }
  // Firefox stamps no `origin`; the frame URL is what it gives us.
  return sender.url === undefined ? null : originOf(sender.url);
}

function untrusted(reason: UntrustedReason): UntrustedSender {
  return { kind: 'untrusted', reason };
}
