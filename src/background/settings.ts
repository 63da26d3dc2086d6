import type { Settings } from '../shared/model/settings';
import { originOf } from '../core/origin';
import { storageItem } from './storage-items';

/** User settings, with defaults; anything malformed in storage reads as default. */
export const defaultSettings: Settings = {
  autoLockMinutes: 15,
  clipboardClearSeconds: 30,
  theme: 'system',
  fillOnSignIn: true,
  copyAfterFill: false,
  submitAfterFillOrigins: [],
};

/** More would be a list nobody reads; each is an origin the user chose by hand. */
const MAX_SUBMIT_ORIGINS = 256;

/** Chrome's alarms fire at most every 30 s, so half a minute is the shortest auto-lock. */
export const MIN_AUTO_LOCK_MINUTES = 0.5;
export const MAX_AUTO_LOCK_MINUTES = 24 * 60;

/**
 * A request's changes, validated into the parsed shape: only the settings it names, each
 * checked; undefined when any is not valid. Unknown keys are left out.
 */
export function settingsChanges(value: unknown): Partial<Settings> | undefined {
  const checked = checkSettings(value, defaultSettings);
  if (!checked || typeof value !== 'object' || value === null) return undefined;
  const changes: { -readonly [Key in keyof Settings]?: Settings[Key] } = {};
  for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
    if (key in value) Object.assign(changes, { [key]: checked[key] });
  }
  return changes;
}

export function checkSettings(
  value: unknown,
  base: Settings = defaultSettings,
): Settings | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const input = value as Partial<Record<keyof Settings, unknown>>;
  const result: { -readonly [Key in keyof Settings]: Settings[Key] } = { ...base };
  if ('autoLockMinutes' in input) {
    const minutes = input.autoLockMinutes;
    if (
      minutes !== null &&
      !(
        typeof minutes === 'number' &&
        minutes >= MIN_AUTO_LOCK_MINUTES &&
        minutes <= MAX_AUTO_LOCK_MINUTES
      )
    ) {
      return undefined;
    }
    result.autoLockMinutes = minutes;
  }
  if ('clipboardClearSeconds' in input) {
    const seconds = input.clipboardClearSeconds;
    if (!(
      typeof seconds === 'number' &&
      Number.isInteger(seconds) &&
      seconds >= 0 &&
      seconds <= 600
    ))
      return undefined;
    result.clipboardClearSeconds = seconds;
  }
  if ('theme' in input) {
    if (input.theme !== 'system' && input.theme !== 'light' && input.theme !== 'dark')
      return undefined;
    result.theme = input.theme;
  }
  for (const key of ['fillOnSignIn', 'copyAfterFill'] as const) {
    if (!(key in input)) continue;
    const flag = input[key];
    if (typeof flag !== 'boolean') return undefined;
    result[key] = flag;
  }
  if ('submitAfterFillOrigins' in input) {
    const origins = input.submitAfterFillOrigins;
    if (
      !Array.isArray(origins) ||
      origins.length > MAX_SUBMIT_ORIGINS ||
      !origins.every((origin) => typeof origin === 'string' && originOf(origin) === origin)
    ) {
      return undefined;
    }
    result.submitAfterFillOrigins = [...new Set(origins as string[])];
  }
  return result;
}

export const settingsItem = storageItem<Settings>('local', 'settings', defaultSettings, (stored) =>
  checkSettings(stored),
);

let settingsQueue: Promise<unknown> = Promise.resolve();

/** Applies changes to the stored settings one request at a time, so none is lost. */
export function changeSettings(changes: unknown): Promise<Settings | undefined> {
  const run = settingsQueue.then(async () => {
    const next = checkSettings(changes, await settingsItem.get());
    if (next) await settingsItem.set(next);
    return next;
  });
  settingsQueue = run.catch(() => undefined);
  return run;
}
