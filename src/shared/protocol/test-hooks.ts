/**
 * Extension pages -> background, in test builds only (`__TEST_HOOKS__`, TEST_HOOKS=1). Not
 * part of the shipped protocol: other builds have no handler for it and compile its sender
 * out (build-output.test.ts checks the production ones).
 */
export interface TestHookRequests {
  /**
   * The tab "Scan QR code on this page" and "Fill code on this page" act on, instead of the
   * active tab: automation opens the popup as a tab, which is then the active tab itself.
   * Null: the active tab again.
   */
  'test/target-tab': { request: { readonly tabId: number | null }; response: null };
}
