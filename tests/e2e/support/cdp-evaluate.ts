import type { Page } from 'playwright-core';

/**
 * Runs `expression` in a Chromium page over DevTools and returns its value (awaited). Used
 * where Playwright's own evaluation cannot go: extension pages' CSP refuses its string
 * evaluation, tsx (which runs `npm run bench`) rewrites functions in a way that breaks its
 * function serialisation, and `permissions.request` needs a user gesture (`userGesture`).
 */
export async function evaluateOverCdp<T = unknown>(
  page: Page,
  expression: string,
  { userGesture = false } = {},
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
      userGesture,
    });
    if (exceptionDetails)
      throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}
