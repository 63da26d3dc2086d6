/** Benchmarks talk to extension pages with strings over DevTools (support/cdp-evaluate.ts). */
export { evaluateOverCdp as evaluate } from '../tests/e2e/support/cdp-evaluate';

/** The expression that sends a page message from an extension page, as the popup does. */
export function message(type: string, payload: unknown): string {
  return `chrome.runtime.sendMessage(${JSON.stringify({ type, payload })})`;
}
