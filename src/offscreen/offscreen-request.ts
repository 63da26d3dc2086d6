import type { OffscreenRequests } from '../shared/protocol/offscreen';

/**
 * The offscreen document's only inputs, checked field by field: even from our own service worker
 * a message is data until validated (DESIGN 4.4). Anything else is not for this page.
 */

export type OffscreenRequest = {
  [Type in keyof OffscreenRequests]: {
    readonly type: Type;
    readonly payload: OffscreenRequests[Type]['request'];
  };
}[keyof OffscreenRequests];

/** Codes are 5 to 10 characters; the popup's message allows up to 16 (handlers.ts). */
const MAX_CODE_LENGTH = 16;
/** The settings allow up to 600 s (background/settings.ts). */
const MAX_DELAY_MS = 600_000;

export function parseOffscreenRequest(message: unknown): OffscreenRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (type === 'offscreen/cancel-clipboard-clear') {
    return payload === null ? { type, payload } : null;
  }
  if (type !== 'offscreen/clear-clipboard-later' && type !== 'offscreen/copy') return null;
  if (typeof payload !== 'object' || payload === null) return null;
  const { code, delayMs } = payload as { code?: unknown; delayMs?: unknown };
  if (typeof code !== 'string' || code === '' || code.length > MAX_CODE_LENGTH) return null;
  if (type === 'offscreen/copy') return { type, payload: { code } };
  if (typeof delayMs !== 'number' || !Number.isSafeInteger(delayMs)) return null;
  if (delayMs < 0 || delayMs > MAX_DELAY_MS) return null;
  return { type, payload: { code, delayMs } };
}
