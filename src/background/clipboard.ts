/**
 * Clears a copied code from the clipboard after the configured delay, only if the clipboard
 * still holds that code (issue 4, DESIGN 4.6). Not built yet: see the issue 4 notes.
 */
export async function scheduleClipboardClear(_code: string, _seconds: number): Promise<void> {
  // Deliberately empty until the offscreen-document path lands (issue 4, remaining work).
}
