import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClearOutcome, ClipboardAccess } from '../../src/background/clipboard-guard';
import { createClearScheduler } from '../../src/background/clipboard-scheduler';

function setUp(initial: string) {
  const clipboard = { text: initial };
  const access: ClipboardAccess = {
    readText: () => Promise.resolve(clipboard.text),
    clear: () => {
      clipboard.text = '';
      return Promise.resolve();
    },
  };
  const outcomes: ClearOutcome[] = [];
  const onIdle = vi.fn();
  const scheduler = createClearScheduler(access, {
    onIdle,
    onOutcome: (outcome) => outcomes.push(outcome),
  });
  return { clipboard, scheduler, outcomes, onIdle };
}

describe('createClearScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('clears the code after its delay, not before, then reports idle', async () => {
    const { clipboard, scheduler, outcomes, onIdle } = setUp('111111');
    scheduler.schedule('111111', 30_000);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(clipboard.text).toBe('111111');
    expect(onIdle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(clipboard.text).toBe('');
    expect(outcomes).toEqual(['cleared']);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('replaces a pending clear with a newer one: only the latest code, on its own delay', async () => {
    const { clipboard, scheduler, outcomes, onIdle } = setUp('111111');
    scheduler.schedule('111111', 10_000);
    await vi.advanceTimersByTimeAsync(5_000);
    // The same code copied again: the clock starts over.
    scheduler.schedule('111111', 10_000);
    await vi.advanceTimersByTimeAsync(9_000);
    expect(clipboard.text).toBe('111111');
    expect(outcomes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(clipboard.text).toBe('');
    expect(outcomes).toEqual(['cleared']);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('leaves what the user copied meanwhile', async () => {
    const { clipboard, scheduler, outcomes, onIdle } = setUp('111111');
    scheduler.schedule('111111', 1_000);
    clipboard.text = 'the user copied this';
    await vi.advanceTimersByTimeAsync(1_000);
    expect(clipboard.text).toBe('the user copied this');
    expect(outcomes).toEqual(['changed']);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('cancels: nothing is cleared, and it is idle at once', async () => {
    const { clipboard, scheduler, outcomes, onIdle } = setUp('111111');
    scheduler.schedule('111111', 1_000);
    scheduler.cancel();
    expect(onIdle).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(clipboard.text).toBe('111111');
    expect(outcomes).toEqual([]);
  });

  it('does not report idle when a newer copy arrives while a clear is running', async () => {
    const { clipboard, scheduler, onIdle } = setUp('111111');
    scheduler.schedule('111111', 1_000);
    vi.advanceTimersByTime(1_000); // fires the timer; the clear's promises are still pending
    clipboard.text = '222222';
    scheduler.schedule('222222', 1_000);
    await vi.advanceTimersByTimeAsync(0);
    expect(onIdle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(clipboard.text).toBe('');
    expect(onIdle).toHaveBeenCalledOnce();
  });
});
