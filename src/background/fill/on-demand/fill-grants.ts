/**
 * One-shot permissions to fill (DESIGN 4.3-4.4). A user gesture (popup button,
 * keyboard command, context menu) grants the code to one tab's top frame on one origin; the
 * injected filler then asks for it, and the background checks the asker against the grant
 * with what the browser stamped on the message (sender.ts), never with what the page says.
 * A grant is used once, and lapses after a few seconds.
 */

export interface FillGrantRecord {
  readonly tabId: number;
  readonly origin: string;
  readonly code: string;
  readonly expiresAt: number;
}

export interface GrantAsker {
  readonly tabId: number;
  readonly origin: string;
  readonly isTopFrame: boolean;
}

export const GRANT_LIFETIME_MS = 10_000;

const grants = new Map<number, FillGrantRecord>();

/** Replaces any earlier grant of the tab: only the latest gesture counts. */
export function grantFill(grant: Omit<FillGrantRecord, 'expiresAt'>, now = Date.now()): void {
  grants.set(grant.tabId, { ...grant, expiresAt: now + GRANT_LIFETIME_MS });
}

/** The grant for this frame, taken (so used once); null for any other frame or origin. */
export function takeGrant(asker: GrantAsker, now = Date.now()): FillGrantRecord | null {
  const grant = grants.get(asker.tabId);
  if (!grant || !asker.isTopFrame || grant.origin !== asker.origin) return null;
  grants.delete(asker.tabId);
  return grant.expiresAt > now ? grant : null;
}

/** After the filler answered (or failed): nothing is left for a later asker. */
export function dropGrant(tabId: number): void {
  grants.delete(tabId);
}

/** Lock forgets every grant: a code must not outlive the vault being open. */
export function dropAllGrants(): void {
  grants.clear();
}
