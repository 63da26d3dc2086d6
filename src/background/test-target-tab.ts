import type { TestHookRequests } from '../shared/protocol/test-hooks';
import { integer, record } from './parse-payload';
import type { HandlerMap } from './router';
import type { ExtensionPageSender } from './sender';

let target: number | null = null;

/** Test builds only: the tab the popup named (shared/protocol/test-hooks.ts); else null. */
export function testTargetTab(): number | null {
  return __TEST_HOOKS__ ? target : null;
}

/** Listed in the page map by handlers.ts in test builds only. */
export const testHookHandlers: HandlerMap<TestHookRequests, ExtensionPageSender> = {
  'test/target-tab': {
    parse: (payload) => {
      const source = record(payload);
      const tabId =
        source.tabId === null ? null : integer(source, 'tabId', 0, Number.MAX_SAFE_INTEGER);
      return { tabId };
    },
    handle({ tabId }) {
      target = tabId;
      return null;
    },
  },
};
