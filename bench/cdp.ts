import type { Page } from 'playwright-core';

/**
 * Benchmarks talk to pages with strings over DevTools: extension pages' CSP refuses
 * Playwright's string evaluation, and tsx (which runs `npm run bench`) rewrites functions in
 * a way that breaks Playwright's function serialisation.
 */
export async function evaluate<T = unknown>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails)
      throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** The expression that sends a page message from an extension page, as the popup does. */
export function message(type: string, payload: unknown): string {
  return `chrome.runtime.sendMessage(${JSON.stringify({ type, payload })})`;
}
