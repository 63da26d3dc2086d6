import browser from 'webextension-polyfill';

/**
 * storage.sync allows 120 writes a minute and 1,800 an hour (Chromium; Firefox is looser). A
 * round makes at most two (set, remove); these margins keep well under the limits even when
 * several pages change things at once. The times are kept in storage.session so a restarted
 * worker still counts them.
 */
const KEY = 'syncWrites';
const PER_MINUTE = 100;
const PER_HOUR = 1500;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

async function recentWrites(now: number): Promise<number[]> {
  const stored: unknown = (await browser.storage.session.get(KEY))[KEY];
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (time): time is number => typeof time === 'number' && time > now - HOUR && time <= now,
  );
}

/** 0 when a write may go now, else how many ms until one may. */
export async function writeWait(now: number): Promise<number> {
  const writes = await recentWrites(now);
  const lastMinute = writes.filter((time) => time > now - MINUTE);
  if (lastMinute.length >= PER_MINUTE) return (lastMinute[0] ?? now) + MINUTE - now;
  if (writes.length >= PER_HOUR) return (writes[0] ?? now) + HOUR - now;
  return 0;
}

export async function noteWrites(now: number, count: number): Promise<void> {
  const writes = await recentWrites(now);
  for (let index = 0; index < count; index += 1) writes.push(now);
  await browser.storage.session.set({ [KEY]: writes });
}
