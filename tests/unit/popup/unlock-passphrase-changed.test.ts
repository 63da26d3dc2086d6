// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '../../../src/shared/model/sync';
import type * as SendModule from '../../../src/shared/send';

// The locked popup, when another browser that syncs with this one changed the passphrase:
// it says so above the field, whose name stays "Passphrase".

const page = vi.hoisted(() => ({
  send: vi.fn<(type: string, payload: unknown) => Promise<unknown>>(),
}));
vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.mock('../../../src/shared/webext', async () =>
  (await import('../support/page-webext')).pageWebextModule(),
);
vi.mock('../../../src/shared/send', async (original) => ({
  ...(await original<typeof SendModule>()),
  sendFromPage: page.send,
}));

const { Unlock } = await import('../../../src/popup/views/Unlock');

const status = (passphraseChanged: boolean): SyncStatus => ({
  enabled: true,
  forbidden: false,
  joinable: false,
  lastSyncAt: 1,
  accountsSynced: 1,
  passphraseChanged,
  problem: null,
});
/** The worker's answers: the sync status, and no passkey. */
const answers = (passphraseChanged: boolean) => (type: string) =>
  Promise.resolve(type === 'passkey/list' ? { passkeys: [] } : status(passphraseChanged));
const changed = 'Your passphrase was changed in another browser. Enter the new passphrase.';

describe('the locked view', () => {
  const root = document.createElement('div');
  afterEach(() => {
    render(null, root);
    page.send.mockReset();
  });

  it('says the passphrase was changed elsewhere, and the field is read with it', async () => {
    page.send.mockImplementation(answers(true));
    render(h(Unlock, { onUnlocked: () => undefined }), root);
    await vi.waitFor(() => {
      expect(root.textContent).toContain(changed);
    });
    const note = [...root.querySelectorAll('p')].find((p) => p.textContent === changed);
    const input = root.querySelector('input[type="password"]');
    expect(input?.getAttribute('aria-describedby')).toBe(note?.id);
    expect(root.querySelector('label')?.textContent).toBe('Passphrase');
  });

  it('says nothing of it otherwise', async () => {
    page.send.mockImplementation(answers(false));
    render(h(Unlock, { onUnlocked: () => undefined }), root);
    await vi.waitFor(() => {
      expect(page.send).toHaveBeenCalledWith('sync/status', null);
    });
    await Promise.resolve();
    expect(root.textContent).not.toContain(changed);
    expect(root.querySelector('input[type="password"]')?.hasAttribute('aria-describedby')).toBe(
      false,
    );
  });
});
