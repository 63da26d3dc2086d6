import { wasOffered, type FillVerdict } from '../../core/fill-policy';
import { copyThenScheduleClear } from '../clipboard';
import { currentSettings } from '../policy/current-settings';

/**
 * "Also copy the code after filling": the one route for every fill (sign-in, popup button,
 * keyboard command, context menu). The background writes the clipboard itself, since an
 * automatic fill had no click and browsers refuse a page's write then, and only a code the
 * frame was offered, so a page cannot have us write and clear the clipboard for anything
 * else. A refused write leaves the filled code usable; the answer says whether it was copied.
 */
export async function copyAfterFill(verdict: FillVerdict, code: string): Promise<boolean> {
  if (verdict.kind !== 'offer' || !verdict.copy || !wasOffered(verdict, code, Date.now())) {
    return false;
  }
  const { clipboardClearSeconds } = await currentSettings();
  return copyThenScheduleClear(code, clipboardClearSeconds).then(
    () => true,
    () => false,
  );
}
