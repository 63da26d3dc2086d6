import { integer, record } from '../parse-payload';

/**
 * Demo/e2e builds only (`__TEST_HOOKS__`, issue 5): the tab the popup names through its
 * e2e-scan-tab parameter, since automation opens the popup as a tab that is itself the
 * active one. Production builds never import this (build-output.test.ts checks).
 */
export function testScanTarget(payload: unknown): { readonly tabId: number } {
  return { tabId: integer(record(payload), 'tabId', 0, Number.MAX_SAFE_INTEGER) };
}
