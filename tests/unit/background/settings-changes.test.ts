import { describe, expect, it, vi } from 'vitest';

// `settings/set` is validated into the parsed shape at the router: only the settings it
// names, each checked; nothing the sender added rides along to storage.
const area = vi.hoisted(() => ({ get: () => Promise.resolve({}), set: () => Promise.resolve() }));
vi.mock('webextension-polyfill', () => ({ default: { storage: { local: area } } }));
const { settingsChanges } = await import('../../../src/background/settings');

describe('settingsChanges', () => {
  it('keeps only the named settings, checked', () => {
    expect(settingsChanges({ clipboardClearSeconds: 45 })).toEqual({ clipboardClearSeconds: 45 });
    expect(settingsChanges({ fillOnSignIn: false, injected: 'x' })).toEqual({
      fillOnSignIn: false,
    });
  });

  it('refuses the whole request when one setting is not valid', () => {
    expect(settingsChanges({ fillOnSignIn: false, clipboardClearSeconds: -1 })).toBeUndefined();
    expect(settingsChanges(null)).toBeUndefined();
  });
});
