import { sendTestHook } from '../../../shared/send';

/**
 * In test builds only (`__TEST_HOOKS__`, TEST_HOOKS=1), the popup's `?e2e-scan-tab=ID` names
 * the tab "Scan QR code on this page" and "Fill code on this page" act on: automation opens
 * the popup as a tab, which is then the active tab itself (tests/e2e/popup-scan.test.ts).
 * Other builds compile the branch out and act on the active tab.
 */
export async function aimAtTestTab(search: string): Promise<void> {
  if (__TEST_HOOKS__) await sendTestHook('test/target-tab', { tabId: testTabOf(search) });
}

export function testTabOf(search: string): number | null {
  const tabId = Number(new URLSearchParams(search).get('e2e-scan-tab') ?? Number.NaN);
  return Number.isSafeInteger(tabId) && tabId >= 0 ? tabId : null;
}
