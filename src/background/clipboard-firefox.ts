import browser from 'webextension-polyfill';
import { asyncClipboard } from './clipboard-access';
import { clearIfStillHolds } from './clipboard-guard';
import { storageItem } from './storage-items';

/**
 * Firefox: no offscreen API, but the background is an event page with a DOM and the async
 * Clipboard API. The page is unloaded after about 30 s idle (extensions.background.idle.timeout),
 * which a pending timer does not prevent, and the delay is 30 s by default and up to 10 min;
 * so an alarm wakes it (Firefox has no minimum alarm delay, unlike packed Chrome), and the code
 * waits in storage.session: memory only, never on disk, and not readable by content scripts.
 */

const ALARM = 'clipboard-clear';

interface PendingClear {
  readonly code: string;
  /** When it is due (ms since the epoch); also tells one copy from the next of the same code. */
  readonly due: number;
}

// Pure (it only wraps storage calls), so Chrome's bundle drops this file (build-output.test.ts).
const pendingClear = /* @__PURE__ */ storageItem<PendingClear | null>(
  'session',
  'clipboardPendingClear',
  null,
  (stored) => (isPendingClear(stored) ? stored : undefined),
);

export async function clearLaterWithAlarm(code: string, delayMs: number) {
  // Replacing the alarm and the pending code: only the latest copy is cleared.
  const due = Date.now() + delayMs;
  await pendingClear.set({ code, due });
  await browser.alarms.create(ALARM, { when: due });
}

export async function cancelAlarmClear() {
  await browser.alarms.clear(ALARM);
  await pendingClear.remove();
}

/** Must run at start-up, synchronously, so the alarm can wake an unloaded event page. */
export function watchClearAlarm() {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void clearPending();
  });
}

async function clearPending() {
  const pending = await pendingClear.get();
  if (pending === null) return;
  await clearIfStillHolds(pending.code, asyncClipboard(navigator.clipboard));
  // Forgotten only now, so "nothing pending" means "done"; unless a newer copy came meanwhile.
  if ((await pendingClear.get())?.due === pending.due) await pendingClear.remove();
}

function isPendingClear(value: unknown): value is PendingClear {
  if (typeof value !== 'object' || value === null) return false;
  const { code, due } = value as Partial<Record<keyof PendingClear, unknown>>;
  return typeof code === 'string' && typeof due === 'number';
}
