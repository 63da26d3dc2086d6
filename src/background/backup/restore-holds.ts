import type { OpenedBackup } from '../../core/formats/backup';

/**
 * Opened backup files waiting for the user's "Restore": memory only, a few minutes, and
 * forgotten on lock (they hold every secret of the file).
 */
const TIME_TO_LIVE_MS = 10 * 60_000;
const held = new Map<string, { readonly backup: OpenedBackup; readonly until: number }>();

export function holdBackup(backup: OpenedBackup, now = Date.now()): string {
  for (const [token, hold] of held) if (hold.until <= now) held.delete(token);
  // One restore at a time is all a user does; a second file replaces the first.
  held.clear();
  const token = crypto.randomUUID();
  held.set(token, { backup, until: now + TIME_TO_LIVE_MS });
  return token;
}

/** The held backup, taken out: a token restores once. */
export function takeBackup(token: string, now = Date.now()): OpenedBackup | null {
  const hold = held.get(token);
  held.delete(token);
  return hold && hold.until > now ? hold.backup : null;
}

export function peekBackup(token: string, now = Date.now()): OpenedBackup | null {
  const hold = held.get(token);
  return hold && hold.until > now ? hold.backup : null;
}

export function forgetBackups(): void {
  held.clear();
}
