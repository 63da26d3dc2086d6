/**
 * The login name the user typed on a portal's password step, so the code step can fill that
 * login's account without a chooser. Per tab and origin, in the worker's memory only (a
 * restart forgets it, which costs a chooser), for ten minutes, and forgotten once a code was
 * filled there or the vault locks.
 */

export const LOGIN_NAME_LIFETIME_MS = 10 * 60 * 1000;

interface Remembered {
  readonly origin: string;
  readonly name: string;
  readonly at: number;
}

const names = new Map<number, Remembered>();

export function rememberLoginName(tabId: number, origin: string, name: string, now = Date.now()) {
  names.set(tabId, { origin, name, at: now });
}

export function loginNameFor(tabId: number, origin: string, now = Date.now()): string | null {
  const remembered = names.get(tabId);
  if (!remembered) return null;
  if (now - remembered.at > LOGIN_NAME_LIFETIME_MS) {
    names.delete(tabId);
    return null;
  }
  return remembered.origin === origin ? remembered.name : null;
}

export function forgetLoginName(tabId: number) {
  names.delete(tabId);
}

export function forgetLoginNames() {
  names.clear();
}
