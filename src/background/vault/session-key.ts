import browser from 'webextension-polyfill';

/**
 * The unwrapped vault key, kept in storage.session so a service-worker restart does not
 * relock (DESIGN 4.2). storage.session lives in memory, is cleared when the browser closes,
 * and is hidden from content scripts unless an extension opens it to them (we never do).
 * It stores JSON-like values, so the bytes go in as a plain array.
 */
const KEY = 'vaultKey';

export async function saveSessionKey(key: Uint8Array) {
  await browser.storage.session.set({ [KEY]: Array.from(key) });
}

export async function readSessionKey(): Promise<Uint8Array | null> {
  const stored: unknown = (await browser.storage.session.get(KEY))[KEY];
  if (!Array.isArray(stored) || stored.length !== 32) return null;
  if (!stored.every((byte) => Number.isInteger(byte) && byte >= 0 && byte <= 255)) return null;
  return Uint8Array.from(stored as number[]);
}

export async function forgetSessionKey() {
  await browser.storage.session.remove(KEY);
}
