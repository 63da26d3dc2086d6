import { integer, record } from '../parse-payload';

/**
 * Test builds only (`__TEST_HOOKS__`, TEST_HOOKS=1; not the `npm start` demo build, issue 5):
 * the tab the popup names through its e2e-scan-tab parameter, since automation opens the popup
 * as a tab that is itself the active one. Other builds compile it out (build-output.test.ts
 * checks the production ones).
 */
export function testScanTarget(payload: unknown): { readonly testTabId: number } {
  return { testTabId: integer(record(payload), 'testTabId', 0, Number.MAX_SAFE_INTEGER) };
}
