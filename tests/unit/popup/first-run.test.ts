// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '../../../src/shared/model/sync';
import type * as SendModule from '../../../src/shared/send';

// The popup's first run: when another browser already syncs a vault with this browser's
// account, "Unlock with your passphrase to join" comes first, and the two forms (each with a
// field named "Passphrase") are never shown together.

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

const { FirstRun } = await import('../../../src/popup/views/FirstRun');
const { MessageError } = await import('../../../src/shared/send');

const status = (joinable: boolean): SyncStatus => ({
  enabled: false,
  forbidden: false,
  joinable,
  lastSyncAt: null,
  accountsSynced: 0,
  passphraseChanged: false,
  problem: null,
});

let root: HTMLElement;
const onCreated = vi.fn();

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  page.send.mockReset();
  onCreated.mockReset();
});

const shown = () => {
  render(h(FirstRun, { onCreated, onRestore: () => undefined }), root);
};
/** Controls by their visible name, as the e2e tests find them. */
const labelled = (name: string) =>
  [...root.querySelectorAll('label')].filter((label) => label.textContent === name);
const button = (name: string) =>
  [...root.querySelectorAll('button')].find((element) => element.textContent === name);
const type = (name: string, value: string) => {
  const input = root.querySelector<HTMLInputElement>(`#${labelled(name)[0]?.htmlFor ?? ''}`);
  if (!input) throw new Error(`No field named ${name}`);
  // act: the component has the new value (a rerender) before the next step.
  void act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
};
const submit = () => {
  root
    .querySelector('form')
    ?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
};

describe('first run', () => {
  it('offers to join when the browser’s account holds a synced vault', async () => {
    page.send.mockResolvedValue(status(true));
    shown();
    await vi.waitFor(() => {
      expect(button('Unlock with your passphrase to join')).toBeDefined();
    });
    expect(root.textContent).toContain('Your accounts are synced from another browser.');
    expect(labelled('Passphrase')).toHaveLength(1);
    expect(labelled('Confirm passphrase')).toHaveLength(0);
    expect(button('Create vault')).toBeUndefined();
    expect(page.send).toHaveBeenCalledWith('sync/status', null);
  });

  it('shows the usual form when there is nothing to join, or no answer about sync', async () => {
    for (const answer of [
      () => Promise.resolve(status(false)),
      () => Promise.reject(new MessageError('unknown-type', 'no handler')),
    ]) {
      page.send.mockImplementation(answer);
      shown();
      await vi.waitFor(() => {
        expect(button('Create vault')).toBeDefined();
      });
      expect(labelled('Passphrase')).toHaveLength(1);
      expect(labelled('Confirm passphrase')).toHaveLength(1);
      expect(button('Restore from backup')).toBeDefined();
      expect(button('Unlock with your passphrase to join')).toBeUndefined();
      render(null, root);
    }
  });

  it('swaps to the usual form on "Create a new vault instead"', async () => {
    page.send.mockResolvedValue(status(true));
    shown();
    await vi.waitFor(() => {
      expect(button('Create a new vault instead')).toBeDefined();
    });
    button('Create a new vault instead')?.click();
    await vi.waitFor(() => {
      expect(button('Create vault')).toBeDefined();
    });
    expect(labelled('Passphrase')).toHaveLength(1);
    expect(button('Unlock with your passphrase to join')).toBeUndefined();
  });

  it('joins with the passphrase given and goes on as after an unlock', async () => {
    page.send.mockResolvedValue(status(true));
    shown();
    await vi.waitFor(() => {
      expect(labelled('Passphrase')).toHaveLength(1);
    });
    type('Passphrase', 'the synced passphrase');
    submit();
    await vi.waitFor(() => {
      expect(onCreated).toHaveBeenCalledOnce();
    });
    expect(page.send).toHaveBeenCalledWith('sync/join', { passphrase: 'the synced passphrase' });
  });

  it('says a wrong passphrase, clears the field and stays', async () => {
    page.send.mockImplementation((type) =>
      type === 'sync/join'
        ? Promise.reject(new MessageError('wrong-passphrase', 'no'))
        : Promise.resolve(status(true)),
    );
    shown();
    await vi.waitFor(() => {
      expect(labelled('Passphrase')).toHaveLength(1);
    });
    type('Passphrase', 'not it');
    submit();
    await vi.waitFor(() => {
      expect(root.querySelector('[role="alert"]')?.textContent).toBe(
        'This passphrase is not correct. Check it and try again.',
      );
    });
    expect(root.querySelector<HTMLInputElement>('input[type="password"]')?.value).toBe('');
    expect(onCreated).not.toHaveBeenCalled();
  });
});
