import browser from 'webextension-polyfill';
import { noteSyncProblem } from './sync-items';
import { runSyncRound } from './sync-round';

/**
 * When rounds run: soon after a change here (batched: edits in quick succession make one
 * round), soon after the browser delivers a change from another browser, at unlock, and again
 * by alarm when the browser's write budget or a refusal made a round wait. One round at a time.
 */
const ALARM = 'sync';
const AFTER_LOCAL_CHANGE_MS = 1500;
const AFTER_REMOTE_CHANGE_MS = 300;

let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<unknown> = Promise.resolve();

/** Runs a round after every earlier one; a failure is reported, never thrown at the caller. */
export function syncNow(): Promise<void> {
  const round = running.then(async () => {
    try {
      const retryIn = await runSyncRound();
      if (retryIn !== null) {
        await browser.alarms.create(ALARM, { when: Date.now() + Math.max(retryIn, 30_000) });
      }
    } catch (error) {
      console.warn('A sync round failed:', error instanceof Error ? error.name : 'error');
      // Said in Options, not only in the console; nothing was stored (one write or none).
      await noteSyncProblem({ code: 'failed' }).catch(() => undefined);
    }
  });
  running = round;
  return round;
}

function syncSoon(delayMs: number): void {
  clearTimeout(timer);
  timer = setTimeout(() => void syncNow(), delayMs);
  // Timers die with the worker: the alarm runs the round if this one never does.
  void browser.alarms.create(ALARM, { delayInMinutes: 1 });
}

export function syncAfterLocalChange(): void {
  syncSoon(AFTER_LOCAL_CHANGE_MS);
}

export function syncAfterUnlock(): void {
  syncSoon(0);
}

export function cancelSyncTimer(): void {
  clearTimeout(timer);
}

export function watchSync(): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync') syncSoon(AFTER_REMOTE_CHANGE_MS);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void syncNow();
  });
}
