/**
 * The rule of DESIGN 4.6, with no browser API in it (unit-tested): clear the clipboard only if
 * it still holds the code we wrote. Anything else there is the user's, and stays.
 */

/** Reading and clearing the system clipboard, however the context can (clipboard-access.ts). */
export interface ClipboardAccess {
  readText(): Promise<string>;
  clear(): Promise<void>;
}

export type ClearOutcome = 'cleared' | 'changed' | 'failed';

export async function clearIfStillHolds(
  code: string,
  clipboard: ClipboardAccess,
): Promise<ClearOutcome> {
  try {
    if ((await clipboard.readText()) !== code) return 'changed';
    await clipboard.clear();
    // Read back, which also waits for the write to land: Chrome's offscreen document hands its
    // write to the browser process without waiting, and closing the document right after lost
    // it in about one run of six here (none in 100 runs with this read, which goes the same way).
    if ((await clipboard.readText()) === code) {
      console.warn('The clipboard still held the code after clearing it');
      return 'failed';
    }
    return 'cleared';
  } catch (error) {
    // The name only: a clipboard error could quote what it read (DESIGN 4.1, never log a code).
    console.warn('The clipboard could not be checked or cleared:', errorName(error));
    return 'failed';
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'error';
}
