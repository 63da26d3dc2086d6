/**
 * jsQR with a call counter, for tests that check a page without a code costs no jsQR pass:
 *   vi.mock('jsqr', async (importOriginal) =>
 *     (await import('./support/counting-jsqr')).countingJsQr(importOriginal));
 * and read `jsQrCalls.count` (reset it before the call under test).
 */
import type * as JsQr from 'jsqr';

export const jsQrCalls = { count: 0 };

export async function countingJsQr(importOriginal: () => Promise<unknown>) {
  const { default: jsQR } = (await importOriginal()) as typeof JsQr;
  return {
    default: (...args: Parameters<typeof jsQR>) => {
      jsQrCalls.count++;
      return jsQR(...args);
    },
  };
}
