import { sendFromContent } from '../../shared/send';

/**
 * "Also copy the code after filling" (issue 6). The code is already in this page's field, so
 * the content script writes it to the clipboard itself, then asks the background to clear it
 * after the usual delay (DESIGN 4.6); the background accepts only a code this origin may have.
 * Browsers may refuse the write without a recent click in the page (an automatic fill on
 * Chromium): the clipboard is then left as it was, and nothing is scheduled.
 */
export async function copyFilledCode(code: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(code);
  } catch {
    return;
  }
  await sendFromContent('fill/copied', { code }).catch(() => undefined);
}
