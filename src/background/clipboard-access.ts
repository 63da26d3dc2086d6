import type { ClipboardAccess } from './clipboard-guard';

/**
 * The two ways our background contexts reach the system clipboard without a user gesture.
 * Writing needs `clipboardWrite`; reading needs `clipboardRead`, which is optional: without
 * it nothing is read, and nothing cleared (clipboard.ts).
 */

/** Writing too: "also copy the code after filling", where the page had no click. */
export interface ClipboardWriter extends ClipboardAccess {
  writeText(text: string): Promise<void>;
}

export class ClipboardAccessError extends Error {
  override readonly name = 'ClipboardAccessError';
}

/**
 * Chrome's offscreen document: it never has focus, and the async Clipboard API refuses
 * unfocused documents, so we use the editing commands, which `clipboardRead`/`clipboardWrite`
 * allow without focus or gesture (the approach of Chrome's offscreen-clipboard sample).
 */
export function editingCommandClipboard(doc: Document): ClipboardWriter {
  const writeText = (text: string): Promise<void> => {
    // A copy whose data we set: nothing is selected, the event carries the text.
    const copyText = (event: ClipboardEvent) => {
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
    };
    doc.addEventListener('copy', copyText);
    try {
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only clipboard access an unfocused offscreen document has (see above)
      const copied = doc.execCommand('copy');
      return copied ? Promise.resolve() : Promise.reject(new ClipboardAccessError('Copy refused'));
    } finally {
      doc.removeEventListener('copy', copyText);
    }
  };
  return {
    readText() {
      const area = doc.createElement('textarea');
      doc.body.append(area);
      try {
        area.focus();
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only clipboard access an unfocused offscreen document has (see above)
        if (!doc.execCommand('paste')) throw new ClipboardAccessError('Paste was refused');
        return Promise.resolve(area.value);
      } finally {
        area.remove();
      }
    },
    writeText,
    // Empty text in place of ours: the clipboard then holds nothing of ours.
    clear: () => writeText(''),
  };
}

/**
 * Firefox's background (event) page: the async Clipboard API works there with the clipboard
 * permissions, without focus or user activation, and without the deprecated editing commands.
 */
export function asyncClipboard(clipboard: Clipboard): ClipboardWriter {
  return {
    readText: () => clipboard.readText(),
    writeText: (text) => clipboard.writeText(text),
    clear: () => clipboard.writeText(''),
  };
}
