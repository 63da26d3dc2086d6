import { clearIfStillHolds, type ClearOutcome, type ClipboardAccess } from './clipboard-guard';

/**
 * One pending clear at a time: a newer copy replaces the pending clear, so only the
 * latest code is ever cleared, on its own delay. Used by the offscreen document on Chrome, which
 * holds the timer because it outlives service-worker restarts. No browser API here: timers are
 * passed in, so the unit tests drive them.
 */

export interface ClearScheduler {
  /** Clears `code` after `delayMs` if the clipboard still holds it; replaces a pending clear. */
  schedule(code: string, delayMs: number): void;
  /** Forgets the pending clear, if any. */
  cancel(): void;
}

export interface Timers {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SchedulerHooks {
  /** Nothing is pending any more (cleared, found changed, failed, or cancelled). */
  readonly onIdle: () => void;
  /** For tests and diagnostics; never carries the code. */
  readonly onOutcome?: (outcome: ClearOutcome) => void;
}

export function createClearScheduler(
  clipboard: ClipboardAccess,
  hooks: SchedulerHooks,
  timers: Timers = globalThis,
): ClearScheduler {
  let pending: unknown = null;
  // Bumped by every schedule/cancel, so a clear that finishes late cannot report idle while a
  // newer request is waiting.
  let generation = 0;

  const forgetPending = () => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = null;
    generation += 1;
  };

  return {
    schedule(code, delayMs) {
      forgetPending();
      const mine = generation;
      pending = timers.setTimeout(() => {
        pending = null;
        void clearIfStillHolds(code, clipboard).then((outcome) => {
          hooks.onOutcome?.(outcome);
          if (generation === mine) hooks.onIdle();
        });
      }, delayMs);
    },
    cancel() {
      forgetPending();
      hooks.onIdle();
    },
  };
}
