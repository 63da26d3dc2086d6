import { describe, expect, it, vi } from 'vitest';
import { clearIfStillHolds, type ClipboardAccess } from '../../src/background/clipboard-guard';

/** An in-memory clipboard; `clearWorks: false` makes clearing a silent no-op. */
function fakeClipboard(
  initial: string,
  options: { clearWorks?: boolean; failRead?: boolean } = {},
) {
  const state = { text: initial, clears: 0 };
  const clipboard: ClipboardAccess = {
    readText: () =>
      options.failRead
        ? Promise.reject(new DOMException('Read refused: 123456', 'NotAllowedError'))
        : Promise.resolve(state.text),
    clear: () => {
      state.clears += 1;
      if (options.clearWorks !== false) state.text = '';
      return Promise.resolve();
    },
  };
  return { clipboard, state };
}

describe('clearIfStillHolds', () => {
  it('clears the clipboard when it still holds the code', async () => {
    const { clipboard, state } = fakeClipboard('123456');
    expect(await clearIfStillHolds('123456', clipboard)).toBe('cleared');
    expect(state).toEqual({ text: '', clears: 1 });
  });

  it('leaves anything else alone, including text that merely contains the code', async () => {
    for (const other of ['something else', ' 123456', '123456\n', '123 456', '']) {
      const { clipboard, state } = fakeClipboard(other);
      expect(await clearIfStillHolds('123456', clipboard)).toBe('changed');
      expect(state).toEqual({ text: other, clears: 0 });
    }
  });

  it('reports a clear that did not take, without logging the code', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { clipboard } = fakeClipboard('123456', { clearWorks: false });
    expect(await clearIfStillHolds('123456', clipboard)).toBe('failed');
    expect(warn).toHaveBeenCalledOnce();
    expect(JSON.stringify(warn.mock.calls)).not.toContain('123456');
    warn.mockRestore();
  });

  it('turns a refused read into "failed" and logs only the error name', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { clipboard, state } = fakeClipboard('123456', { failRead: true });
    expect(await clearIfStillHolds('123456', clipboard)).toBe('failed');
    expect(state.clears).toBe(0);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('123456');
    expect(warn.mock.calls).toEqual([
      ['The clipboard could not be checked or cleared:', 'NotAllowedError'],
    ]);
    warn.mockRestore();
  });
});
