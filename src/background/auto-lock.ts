import browser from 'webextension-polyfill';
import { currentSettings } from './policy/current-settings';
import { lock } from './vault/vault-service';

/**
 * Auto-lock (DESIGN 4.2): after the configured minutes without use of the vault,
 * when the system locks, and (through storage.session) when the browser closes. An alarm,
 * not a timer, because the service worker is stopped when idle and timers die with it.
 */
const ALARM = 'auto-lock';

/** Every use of the vault pushes the deadline back. */
export async function noteVaultActivity() {
  const { autoLockMinutes } = await currentSettings();
  if (autoLockMinutes === null) {
    await browser.alarms.clear(ALARM);
    return;
  }
  await browser.alarms.create(ALARM, { delayInMinutes: autoLockMinutes });
}

export function watchAutoLock() {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void lock();
  });
  browser.idle.onStateChanged.addListener((state) => {
    if (state === 'locked') void lock();
  });
}

/** Locked: nothing left to lock later. */
export function cancelAutoLock(): void {
  void browser.alarms.clear(ALARM);
}
