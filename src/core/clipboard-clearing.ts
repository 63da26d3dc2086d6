/**
 * When a copied code is cleared from the clipboard (DESIGN 4.6), with no browser API in it.
 * Clearing needs reading the clipboard first (only a code still ours is cleared), and reading
 * needs the optional `clipboardRead` permission. Without it the code stays: clearing blindly
 * could wipe what the user copied after it.
 */

/** The optional permission that reading the clipboard takes (manifest.json). */
export const CLIPBOARD_READ_PERMISSION = 'clipboardRead';

/** Whether a code copied now is cleared after `seconds` (0: never). */
export function clearsCopiedCode(seconds: number, canRead: boolean): boolean {
  return seconds > 0 && canRead;
}

/** Whether Options says copied codes stay on the clipboard, and offers to allow reading it. */
export function clipboardAccessMissing(seconds: number, canRead: boolean): boolean {
  return seconds > 0 && !canRead;
}

/**
 * Whether a copy from the popup asks for `clipboardRead`: only where clearing would need it,
 * and once: after that, Options offers it (a refusal is not asked again on every copy).
 */
export function asksClipboardReadOnCopy(state: {
  readonly seconds: number;
  readonly canRead: boolean;
  readonly askedBefore: boolean;
}): boolean {
  return clipboardAccessMissing(state.seconds, state.canRead) && !state.askedBefore;
}
