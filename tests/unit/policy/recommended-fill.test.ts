import { beforeEach, describe, expect, it, vi } from 'vitest';

// Automatic fill that the organisation sets but lets users change: its value is taken once
// (and again when the policy says something new), and the user's later choice stands.

const fake = await vi.hoisted(async () => {
  const { createFakeBrowser } = await import('../portals/fake-browser');
  return createFakeBrowser();
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { applyRecommendedFill } = await import('../../../src/background/policy/recommended-fill');
const { watchManagedPolicy } = await import('../../../src/background/policy/managed-policy');
const { changeSettings } = await import('../../../src/background/settings');
const { currentSettings } = await import('../../../src/background/policy/current-settings');
watchManagedPolicy(() => undefined);

const fillOn = async () => (await currentSettings()).fillOnSignIn;

describe('a recommended automatic fill', () => {
  beforeEach(() => {
    fake.reset();
    fake.setPolicy(null);
  });

  it('is taken once, then the user’s choice stands until the policy changes it', async () => {
    fake.setPolicy({ fillOnSignIn: false, fillOnSignInUserMayChange: true });
    await applyRecommendedFill();
    expect(await fillOn()).toBe(false);

    await changeSettings({ fillOnSignIn: true });
    await applyRecommendedFill(); // the browser starts again: nothing new
    expect(await fillOn()).toBe(true);

    fake.setPolicy({ fillOnSignIn: true, fillOnSignInUserMayChange: true });
    await applyRecommendedFill();
    await changeSettings({ fillOnSignIn: false });
    fake.setPolicy({ fillOnSignIn: false, fillOnSignInUserMayChange: true });
    await applyRecommendedFill();
    expect(await fillOn()).toBe(false);
  });

  it('leaves the user’s own setting alone when the value is locked, and applies it on read', async () => {
    await changeSettings({ fillOnSignIn: true });
    fake.setPolicy({ fillOnSignIn: false });
    await applyRecommendedFill();
    expect(await fillOn()).toBe(false);
    // The policy taken away gives the user's own choice back.
    fake.setPolicy({});
    expect(await fillOn()).toBe(true);
  });
});
