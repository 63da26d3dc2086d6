import { describe, expect, it, vi } from 'vitest';

// The worker's lifecycle is one list read at its entry (background/lifecycle.ts): what holds
// a secret, a code or a grant is forgotten on lock because it is listed there, not because a
// module that registers itself happened to be imported.
const area = vi.hoisted(() => ({ get: () => Promise.resolve({}), set: () => Promise.resolve() }));
vi.mock('webextension-polyfill', () => ({
  default: { storage: { local: area, session: area, sync: area } },
}));
vi.stubGlobal('chrome', {});

const { vaultLifecycle, startupListeners } = await import('../../src/background/lifecycle');
const { dropAllCaptures, holdCapture, findCapture } =
  await import('../../src/background/capture/pending-captures');
const { forgetImportHolds } = await import('../../src/background/import/import-holds');
const { forgetRemovedAccounts } = await import('../../src/background/vault/vault-handlers');
const { dropAllGrants, grantFill, takeGrant } =
  await import('../../src/background/fill/on-demand/fill-grants');
const { cancelAutoLock, watchAutoLock } = await import('../../src/background/auto-lock');
const { watchFillTriggers } = await import('../../src/background/fill/on-demand/fill-triggers');
const { watchPortals } = await import('../../src/background/portals/watch-portals');
const { watchTabLifecycle } = await import('../../src/background/tab-portals');
const { watchClipboardClear } = await import('../../src/background/clipboard');

describe('the vault lifecycle list', () => {
  it('forgets every holder of secrets, codes and grants on lock', () => {
    for (const forget of [
      dropAllCaptures,
      forgetImportHolds,
      forgetRemovedAccounts,
      dropAllGrants,
      cancelAutoLock,
    ]) {
      expect(vaultLifecycle.onLock).toContain(forget);
    }
  });

  it('starts every browser-event listener at start-up', () => {
    expect(startupListeners).toEqual(
      expect.arrayContaining([
        watchTabLifecycle,
        watchAutoLock,
        watchPortals,
        watchFillTriggers,
        watchClipboardClear,
      ]),
    );
  });

  it('a grant and a capture held before a lock are gone after it', () => {
    const origin = 'https://portal.example.com';
    grantFill({ tabId: 1, origin, code: '123456' });
    const owner = { kind: 'frame', tabId: 1, frameId: 0, origin } as const;
    const token = holdCapture({ owner, drafts: [], origin, siteId: null });
    for (const forget of vaultLifecycle.onLock) {
      if (forget === dropAllGrants || forget === dropAllCaptures) forget();
    }
    expect(takeGrant({ tabId: 1, origin, isTopFrame: true })).toBeNull();
    expect(findCapture(token, owner)).toBeNull();
  });
});
