import { describe, expect, it, vi } from 'vitest';

// Chromium answers the first managed-storage read after the browser starts late (about 3 s):
// the worker serves the policy it read last time at once, or after a moment none, and applies
// the live one as a change when it comes.

const fake = await vi.hoisted(async () => {
  const { createFakeBrowser } = await import('../portals/fake-browser');
  return createFakeBrowser();
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

async function freshWorker() {
  vi.resetModules();
  const policy = await import('../../../src/background/policy/managed-policy');
  const changes = vi.fn();
  policy.watchManagedPolicy(changes);
  return { ...policy, changes };
}

describe('the first policy read after the browser starts', () => {
  it('serves the last policy read at once, and announces the live one when it differs', async () => {
    fake.reset();
    fake.setPolicy({ disableSync: true });
    expect((await (await freshWorker()).currentPolicy()).disableSync).toBe(true);

    // The browser restarts with a new policy, and answers late.
    const release = fake.holdManagedReads();
    fake.setPolicy({ disableSync: false, disablePlainExports: true });
    const worker = await freshWorker();
    expect((await worker.currentPolicy()).disableSync).toBe(true);
    expect(worker.changes).not.toHaveBeenCalled();
    release();
    await vi.waitFor(() => {
      expect(worker.changes).toHaveBeenCalledTimes(1);
    });
    expect(await worker.currentPolicy()).toMatchObject({
      disableSync: false,
      disablePlainExports: true,
    });
  });

  it('goes on without one after a moment when none was ever read', async () => {
    vi.useFakeTimers();
    try {
      fake.reset();
      const release = fake.holdManagedReads();
      fake.setPolicy({ fillOnSignIn: false });
      const worker = await freshWorker();
      const first = worker.currentPolicy();
      await vi.advanceTimersByTimeAsync(300);
      expect((await first).fillOnSignIn).toBeNull();
      release();
      await vi.waitFor(() => {
        expect(worker.changes).toHaveBeenCalledTimes(1);
      });
      expect((await worker.currentPolicy()).fillOnSignIn).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not write the same policy again each time the worker wakes', async () => {
    fake.reset();
    fake.setPolicy({ disableSync: true });
    await (await freshWorker()).currentPolicy();
    const writes = vi.spyOn(fake.browser.storage.local, 'set');
    try {
      const woken = await freshWorker();
      await woken.currentPolicy();
      await vi.waitFor(() => {
        expect(fake.local.get('managedPolicy')).toEqual({ disableSync: true });
      });
      // The live read has landed (it is what the worker serves now): nothing was written.
      expect((await woken.currentPolicy()).disableSync).toBe(true);
      expect(writes).not.toHaveBeenCalled();
    } finally {
      writes.mockRestore();
    }
  });
});
