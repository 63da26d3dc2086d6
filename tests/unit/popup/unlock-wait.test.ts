// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as SendModule from '../../../src/shared/send';

// The locked popup after too many wrong passphrases: the wait counts down under the field,
// Unlock is off until it ends, and screen readers hear it as it starts and as it ends only.

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
const { ChangePassphrase } = await import('../../../src/options/ChangePassphrase');
const { MessageError } = await import('../../../src/shared/send');

const start = 1_700_000_000_000;
const wrongText = 'This passphrase is not correct. Check it and try again.';
const waitText = (time: string) => `Too many wrong passphrases. Try again in ${time}.`;

describe('the wait after wrong passphrases, in the locked popup', () => {
  let root: HTMLElement;
  let unlockAnswer: () => Promise<unknown>;
  beforeEach(() => {
    vi.useFakeTimers({ now: start, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    root = document.createElement('div');
    document.body.append(root);
    unlockAnswer = () => Promise.resolve(null);
    page.send.mockImplementation((type) =>
      type === 'vault/unlock' ? unlockAnswer() : Promise.reject(new Error('no sync here')),
    );
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    page.send.mockReset();
    vi.useRealTimers();
  });

  const shown = () => root.querySelector('.wait');
  const status = () => root.querySelector('[role="status"]')?.textContent ?? null;
  const unlockButton = () => root.querySelector<HTMLButtonElement>('button[type="submit"]');
  const alert = () => root.querySelector('[role="alert"]')?.textContent ?? null;
  const later = (ms: number) =>
    act(async () => {
      await vi.advanceTimersByTimeAsync(ms);
    });

  async function submitPassphrase(text: string) {
    const field = root.querySelector('input');
    if (!field) throw new Error('no field');
    await act(() => {
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
      await vi.advanceTimersByTimeAsync(0);
    });
  }

  it('shows a wait the overview reported at once, counts it down, then lets the user try', async () => {
    await act(() => {
      render(h(Unlock, { onUnlocked: () => undefined, nextAttemptAt: start + 8_000 }), root);
    });
    expect(shown()?.textContent).toBe(waitText('0:08'));
    expect(shown()?.querySelector('time')?.getAttribute('datetime')).toBe(
      new Date(start + 8_000).toISOString(),
    );
    expect(unlockButton()?.disabled).toBe(true);
    expect(root.querySelector('input')?.getAttribute('aria-describedby')).toBe(shown()?.id);
    expect(status()).toBe(waitText('0:08'));

    // The clock ticks just past each whole second.
    await later(1_005);
    expect(shown()?.textContent).toBe(waitText('0:07'));
    // The status is not re-announced each second: what it said stays, then goes.
    expect(status()).toBe(waitText('0:08'));
    await later(2_000);
    expect(status()).toBe('');
    expect(shown()?.textContent).toBe(waitText('0:05'));

    await later(5_000);
    expect(shown()).toBeNull();
    expect(unlockButton()?.disabled).toBe(false);
    expect(status()).toBe('You can try your passphrase again.');
    expect(root.querySelector('input')?.hasAttribute('aria-describedby')).toBe(false);
  });

  it('says nothing of a wait when there is none', async () => {
    await act(() => {
      render(h(Unlock, { onUnlocked: () => undefined, nextAttemptAt: start - 1 }), root);
    });
    expect(shown()).toBeNull();
    expect(unlockButton()?.disabled).toBe(false);
    expect(status()).toBe('');
  });

  it('shows the wait a wrong passphrase starts, along with why it was refused', async () => {
    unlockAnswer = () =>
      Promise.reject(new MessageError('wrong-passphrase', 'no', null, start + 2_000));
    await act(() => {
      render(h(Unlock, { onUnlocked: () => undefined }), root);
    });
    await submitPassphrase('not the passphrase');
    expect(alert()).toBe(wrongText);
    expect(shown()?.textContent).toBe(waitText('0:02'));
    expect(unlockButton()?.disabled).toBe(true);
    expect(status()).toBe(waitText('0:02'));

    // Enter in the field does nothing while the wait runs.
    page.send.mockClear();
    await submitPassphrase('another guess');
    expect(page.send).not.toHaveBeenCalledWith('vault/unlock', expect.anything());
  });

  it('shows the wait alone when the worker refused the passphrase without checking it', async () => {
    unlockAnswer = () =>
      Promise.reject(new MessageError('throttled', 'wait', null, start + 64_000));
    await act(() => {
      render(h(Unlock, { onUnlocked: () => undefined }), root);
    });
    await submitPassphrase('correct horse battery staple');
    expect(alert()).toBeNull();
    expect(shown()?.textContent).toBe(waitText('1:04'));
  });
});

describe('the wait in the other passphrase forms (Options: change of passphrase)', () => {
  const root = document.createElement('div');
  afterEach(() => {
    render(null, root);
    page.send.mockReset();
    vi.useRealTimers();
  });

  it('shows the wait instead of an error, with the submit off', async () => {
    vi.useFakeTimers({ now: start, toFake: ['Date'] });
    const until = start + 30_000;
    page.send.mockRejectedValue(new MessageError('throttled', 'wait', null, until));
    await act(() => {
      render(h(ChangePassphrase, {}), root);
    });
    const fields = root.querySelectorAll('input');
    await act(() => {
      for (const field of fields) {
        field.value = 'a long enough passphrase';
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await act(async () => {
      root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
      await Promise.resolve();
    });
    await vi.waitFor(() => {
      expect(root.querySelector('.wait')?.textContent).toBe(waitText('0:30'));
    });
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled).toBe(true);
  });
});
