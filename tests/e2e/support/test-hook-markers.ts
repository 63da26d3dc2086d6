/** Strings only the test-hook builds carry (the popup scan's tab override): none may ship. */
export const TEST_HOOK_MARKERS = ['e2e-scan-tab', 'test/target-tab'] as const;
