import { beforeEach, describe, expect, it, vi } from 'vitest';
import { asksClipboardReadOnCopy, clipboardAccessMissing } from '../../src/core/clipboard-clearing';

// A copied code is cleared only with the optional clipboardRead permission: without it the
// clipboard cannot be checked to still hold our code, and clearing it blindly could wipe what
// the user copied since. The background is the Chrome build here (vitest.config.ts), with its
// offscreen backend and the permission API mocked.

type RemovedListener = (removed: { permissions?: string[] }) => void;
const browserState = vi.hoisted(() => ({
  granted: new Set<string>(),
  removedListeners: [] as RemovedListener[],
  contains: vi.fn<(query: { permissions?: string[] }) => Promise<boolean>>(),
}));
browserState.contains.mockImplementation((query) =>
  Promise.resolve((query.permissions ?? []).every((name) => browserState.granted.has(name))),
);
vi.mock('webextension-polyfill', () => ({
  default: {
    permissions: {
      contains: browserState.contains,
      onRemoved: {
        addListener: (listener: RemovedListener) => browserState.removedListeners.push(listener),
      },
    },
  },
}));
const offscreen = vi.hoisted(() => ({
  clearLaterInOffscreenDocument: vi.fn<(code: string, delayMs: number) => Promise<void>>(),
  copyInOffscreenDocument: vi.fn<(code: string) => Promise<void>>(),
  cancelInOffscreenDocument: vi.fn<() => Promise<void>>(),
}));
vi.mock('../../src/background/clipboard-chrome', () => offscreen);
// Firefox's backend, not used by the Chrome build, but imported.
vi.mock('../../src/background/clipboard-firefox', () => ({
  cancelAlarmClear: vi.fn(),
  clearLaterWithAlarm: vi.fn(),
  watchClearAlarm: vi.fn(),
}));

const { copyThenScheduleClear, scheduleClipboardClear, watchClipboardClear } =
  await import('../../src/background/clipboard');

beforeEach(() => {
  browserState.granted.clear();
  for (const mock of Object.values(offscreen)) mock.mockReset().mockResolvedValue(undefined);
  browserState.contains.mockClear();
});

describe('clearing a copied code needs clipboardRead', () => {
  it('schedules the clear when the permission is granted', async () => {
    browserState.granted.add('clipboardRead');
    await scheduleClipboardClear('123456', 30);
    expect(offscreen.clearLaterInOffscreenDocument).toHaveBeenCalledWith('123456', 30_000);
  });

  it('schedules nothing without it, and nothing is read: the code stays', async () => {
    await scheduleClipboardClear('123456', 30);
    expect(offscreen.clearLaterInOffscreenDocument).not.toHaveBeenCalled();
    // An older pending clear is dropped too: a newer copy replaced that code anyway.
    expect(offscreen.cancelInOffscreenDocument).toHaveBeenCalled();
    expect(browserState.contains).toHaveBeenCalledWith({ permissions: ['clipboardRead'] });
  });

  it('applies a grant or a removal to the next copy, with no restart', async () => {
    await scheduleClipboardClear('111111', 30);
    browserState.granted.add('clipboardRead');
    await scheduleClipboardClear('222222', 30);
    browserState.granted.clear();
    await scheduleClipboardClear('333333', 30);
    expect(offscreen.clearLaterInOffscreenDocument.mock.calls).toEqual([['222222', 30_000]]);
  });

  it('still copies after filling without it, and leaves the code', async () => {
    await copyThenScheduleClear('654321', 30);
    expect(offscreen.copyInOffscreenDocument).toHaveBeenCalledWith('654321');
    expect(offscreen.clearLaterInOffscreenDocument).not.toHaveBeenCalled();
    // Cancelling also lets the offscreen document close: nothing is pending in it.
    expect(offscreen.cancelInOffscreenDocument).toHaveBeenCalled();
  });

  it('never clears with the delay "Never", granted or not', async () => {
    browserState.granted.add('clipboardRead');
    await scheduleClipboardClear('123456', 0);
    expect(offscreen.clearLaterInOffscreenDocument).not.toHaveBeenCalled();
  });

  it('forgets a pending clear when the permission is taken back', () => {
    watchClipboardClear();
    for (const listener of browserState.removedListeners) listener({ permissions: ['idle'] });
    expect(offscreen.cancelInOffscreenDocument).not.toHaveBeenCalled();
    for (const listener of browserState.removedListeners) {
      listener({ permissions: ['clipboardRead'] });
    }
    expect(offscreen.cancelInOffscreenDocument).toHaveBeenCalled();
  });
});

describe('when the popup asks for clipboardRead', () => {
  it('asks on a copy only where clearing needs it, and only once', () => {
    expect(asksClipboardReadOnCopy({ seconds: 30, canRead: false, askedBefore: false })).toBe(true);
    expect(asksClipboardReadOnCopy({ seconds: 30, canRead: false, askedBefore: true })).toBe(false);
    expect(asksClipboardReadOnCopy({ seconds: 30, canRead: true, askedBefore: false })).toBe(false);
    expect(asksClipboardReadOnCopy({ seconds: 0, canRead: false, askedBefore: false })).toBe(false);
  });

  it('has Options say codes stay only when a delay is set and the permission is missing', () => {
    expect(clipboardAccessMissing(30, false)).toBe(true);
    expect(clipboardAccessMissing(30, true)).toBe(false);
    expect(clipboardAccessMissing(0, false)).toBe(false);
  });
});
