/**
 * What "Scan QR code on this page" asks to scan (issue 5): the active tab (null). In test
 * builds only (`__TEST_HOOKS__`, TEST_HOOKS=1), a URL parameter names a tab instead: automation
 * opens the popup as a tab, which is then the active tab itself (tests/e2e/popup-scan.test.ts).
 * The branch is compiled out of other builds (tests/e2e/build-output.test.ts checks the
 * production ones).
 */
export function scanTarget(search: string): { readonly testTabId: number } | null {
  if (__TEST_HOOKS__) {
    const tabId = Number(new URLSearchParams(search).get('e2e-scan-tab') ?? Number.NaN);
    if (Number.isSafeInteger(tabId) && tabId >= 0) return { testTabId: tabId };
  }
  return null;
}
