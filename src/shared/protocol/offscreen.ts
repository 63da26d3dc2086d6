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
  /** Put `code` on the clipboard ("also copy the code after filling"). */
  'offscreen/copy': { request: { readonly code: string }; response: OffscreenAck };
  /** Forget the pending clear (the newest copy asked for none). */
  'offscreen/cancel-clipboard-clear': { request: null; response: OffscreenAck };
}

/** `accepted: false`: the document is closing itself; make a new one and ask again. */
export interface OffscreenAck {
  readonly accepted: boolean;
  /** Taken, but the browser refused it (a clipboard write). */
  readonly failed?: boolean;
}
