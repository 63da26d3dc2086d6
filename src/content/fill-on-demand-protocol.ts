/**
 * What the injected filler (fill-on-demand.ts) and the background agree on. No DOM
 * and no extension API here: the background imports it too.
 */

/**
 * Where the filler leaves its entry point: a global of the extension's isolated world, which
 * page scripts cannot see or set (each world has its own globals), for the background's
 * second injection to call and await.
 */
export const FILL_ON_DEMAND_KEY = '__authenticatorFillOnDemand';

export type FillOutcome =
  /** No visible code field; or the field changed or refused the code at fill time. */
  | { readonly status: 'filled' | 'no-field' | 'refused' }
  /** The background gave no code (no grant for this frame, or the vault locked meanwhile). */
  | { readonly status: 'denied' };

const statuses: readonly string[] = ['filled', 'no-field', 'refused', 'denied'];

/** The filler's answer, checked: it comes from the tab's renderer, which may be compromised. */
export function readFillOutcome(value: unknown): FillOutcome | null {
  if (typeof value !== 'object' || value === null) return null;
  const { status } = value as { status?: unknown };
  if (typeof status !== 'string' || !statuses.includes(status)) return null;
  return { status: status as FillOutcome['status'] };
}
