// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '../../../src/shared/model/sync';
import type * as SendModule from '../../../src/shared/send';

// Options -> Sync: the user's choices go to the background, its answers show, and the status
// is asked again whenever the background says it changed (storage.local "syncStatus").

const page = vi.hoisted(() => ({
  send: vi.fn<(type: string, payload: unknown) => Promise<unknown>>(),
}));
vi.mock('../../../src/shared/webext', async () =>
  (await import('../support/page-webext')).pageWebextModule(),
);
const { announce, pageWebext } = await import('../support/page-webext');
vi.mock('../../../src/shared/send', async (original) => ({
  ...(await original<typeof SendModule>()),
  sendFromPage: page.send,
}));

const { SyncSection } = await import('../../../src/options/SyncSection');
const { usePasskeys } = await import('../../../src/options/use-passkeys');
const { PlainExportSection } = await import('../../../src/options/PlainExportSection');
const { MessageError } = await import('../../../src/shared/send');

const off: SyncStatus = {
  enabled: false,
  forbidden: false,
  joinable: false,
  lastSyncAt: null,
  accountsSynced: 0,
  passphraseChanged: false,
  problem: null,
};

/** The section as OptionsApp shows it: with the passkeys it reads once for the page. */
function Sync() {
  return h(SyncSection, { passkeyCount: usePasskeys().passkeys.length });
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  page.send.mockReset();
  pageWebext.storageListeners.clear();
  pageWebext.messageListeners.clear();
});

/** The background's answers, by message type. */
const answers = (byType: Partial<Record<string, () => Promise<unknown>>>) => {
  page.send.mockImplementation((type) => byType[type]?.() ?? Promise.reject(new Error(type)));
};
const labelText = (label: Element) => label.textContent.replace(/\s+/g, ' ').trim();
const field = (name: string) =>
  [...root.querySelectorAll('label')]
    .filter((label) => labelText(label) === name)
    .map((label) => label.querySelector('input'));
const button = (name: string) =>
  [...root.querySelectorAll('button')].find((element) => element.textContent === name);
const checkbox = () => field("Sync with this browser's account")[0];
const status = () => root.querySelector('[role="status"]')?.textContent ?? '';

describe('Options -> Sync', () => {
  it('is off by default, and turning it on sends sync/enable and shows the status', async () => {
    answers({
      'sync/status': () => Promise.resolve(off),
      'sync/enable': () => Promise.resolve({ ...off, enabled: true }),
    });
    render(h(Sync, {}), root);
    await vi.waitFor(() => {
      expect(checkbox()?.disabled).toBe(false);
    });
    expect(root.querySelector('h2')?.textContent).toBe('Sync');
    expect(checkbox()?.checked).toBe(false);
    expect(button('Sync now')).toBeUndefined();
    checkbox()?.click();
    await vi.waitFor(() => {
      expect(button('Sync now')).toBeDefined();
    });
    expect(page.send).toHaveBeenCalledWith('sync/enable', null);
    expect(checkbox()?.checked).toBe(true);
    expect(status()).toContain('Not synced yet');
    expect(status()).toContain('Accounts synced: 0');
  });

  it('asks the status again when the background writes it', async () => {
    let current: SyncStatus = off;
    answers({ 'sync/status': () => Promise.resolve(current) });
    render(h(Sync, {}), root);
    await vi.waitFor(() => {
      expect(checkbox()?.disabled).toBe(false);
    });
    current = { ...off, enabled: true, accountsSynced: 7, problem: { code: 'write-refused' } };
    for (const listener of pageWebext.storageListeners) listener({ syncStatus: {} }, 'local');
    await vi.waitFor(() => {
      expect(status()).toContain('Accounts synced: 7');
    });
    expect(status()).toContain('The browser refused to save the synced copy for now');
    const asked = page.send.mock.calls.filter(([type]) => type === 'sync/status').length;
    for (const listener of pageWebext.storageListeners) listener({ syncStatus: {} }, 'sync');
    for (const listener of pageWebext.storageListeners) listener({ vault: {} }, 'local');
    expect(page.send.mock.calls.filter(([type]) => type === 'sync/status')).toHaveLength(asked);
  });

  it('joins a synced vault with its passphrase, and the field is emptied either way', async () => {
    let join = (): Promise<unknown> => Promise.reject(new MessageError('wrong-passphrase', 'no'));
    answers({
      'sync/status': () => Promise.resolve({ ...off, joinable: true }),
      'sync/join': () => join(),
    });
    render(h(Sync, {}), root);
    await vi.waitFor(() => {
      expect(button('Unlock with your passphrase to join')).toBeDefined();
    });
    expect(root.textContent).toContain('Another browser already syncs a vault');
    const give = (passphrase: string) => {
      const input = field('Passphrase')[0];
      if (!input) throw new Error('No "Passphrase" field');
      void act(() => {
        input.value = passphrase;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      button('Unlock with your passphrase to join')?.click();
    };
    give('not it');
    await vi.waitFor(() => {
      expect(root.querySelector('[role="alert"]')?.textContent).toBe(
        'This passphrase is not correct. Check it and try again.',
      );
    });
    expect(field('Passphrase')[0]?.value).toBe('');
    join = () => Promise.resolve({ ...off, enabled: true, lastSyncAt: 5, accountsSynced: 3 });
    give('the synced one');
    await vi.waitFor(() => {
      expect(button('Unlock with your passphrase to join')).toBeUndefined();
    });
    expect(page.send).toHaveBeenCalledWith('sync/join', { passphrase: 'the synced one' });
    expect(root.textContent).toContain('Joined:');
    expect(status()).toContain('Accounts synced: 3');
  });

  it('says before a join that it drops the passkeys, and the passkeys are read again after it', async () => {
    const cards = [{ slotId: 'p1', name: 'YubiKey', credentialId: 'AQI', prfSalt: 'AAAA' }];
    let passkeys = cards;
    answers({
      'sync/status': () => Promise.resolve({ ...off, joinable: true }),
      'passkey/list': () => Promise.resolve({ passkeys }),
    });
    render(h(Sync, {}), root);
    const warning = 'The passkeys added on this browser will no longer unlock it';
    await vi.waitFor(() => {
      expect(root.textContent).toContain(warning);
    });
    // The join unlocked the vault with the synced set's key: it has no passkey slot.
    passkeys = [];
    announce('vault/unlocked');
    await vi.waitFor(() => {
      expect(root.textContent).not.toContain(warning);
    });
  });

  it('does not speak of passkeys where this browser has none', async () => {
    answers({
      'sync/status': () => Promise.resolve({ ...off, joinable: true }),
      'passkey/list': () => Promise.resolve({ passkeys: [] }),
    });
    render(h(Sync, {}), root);
    await vi.waitFor(() => {
      expect(button('Unlock with your passphrase to join')).toBeDefined();
    });
    await vi.waitFor(() => {
      expect(page.send).toHaveBeenCalledWith('passkey/list', null);
    });
    expect(root.textContent).not.toContain('passkey');
  });

  it('has the only field named "Passphrase" among the sections asking for one', async () => {
    answers({ 'sync/status': () => Promise.resolve({ ...off, joinable: true }) });
    render(h('main', {}, h(Sync, {}), h(PlainExportSection, { forbidden: false })), root);
    await vi.waitFor(() => {
      expect(button('Unlock with your passphrase to join')).toBeDefined();
    });
    expect(field('Passphrase')).toHaveLength(1);
    expect(field('Vault passphrase')).toHaveLength(1);
  });
});
