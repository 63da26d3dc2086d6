import { sendFromContent } from '../../shared/send';
import { fillCode, isStillSameTarget, targetInputs, type CodeTarget } from '../fields';
import { copyFilledCode } from './copy-filled-code';

/**
 * Fills one account's code into the sign-in field (issue 6). The background gives the code
 * for this frame's origin only (DESIGN 4.3); with under 3 s left it gives the next period's
 * code and when it becomes valid, and we fill at that moment. Right before the code goes in,
 * fillCode checks the field again (DESIGN 4.5: same field, visible, real size and opacity).
 * The form is submitted only where the user turned "Submit after filling" on for this site.
 */

export type FillOutcome =
  | 'filled'
  | 'locked'
  /** The field was swapped, hidden or disabled: nothing was filled. */
  | 'refused'
  /** The user typed into the field while we waited for the next period: theirs wins. */
  | 'superseded';

/**
 * One submit per page: a portal that answers a refused code with a fresh field must not get
 * fill -> submit -> refused -> fill... in a loop. After the first, the user sends the form.
 */
let submitted = false;

export async function fillAccountCode(
  target: CodeTarget,
  id: string,
  onWaiting: () => void,
): Promise<FillOutcome> {
  if (!isStillSameTarget(target)) return 'refused';
  const answer = await sendFromContent('fill/code', { id });
  if (answer.status === 'locked') return 'locked';
  if (answer.validFrom !== null) {
    const before = valueOf(target);
    onWaiting();
    await until(answer.validFrom);
    if (valueOf(target) !== before) return 'superseded';
  }
  if (!fillCode(target, answer.code)) return 'refused';
  if (answer.submit && !submitted) {
    submitted = true;
    targetInputs(target)[0]?.form?.requestSubmit();
  }
  if (answer.copy) void copyFilledCode(answer.code);
  return 'filled';
}

export function valueOf(target: CodeTarget): string {
  return targetInputs(target)
    .map((input) => input.value)
    .join('');
}

function until(time: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())));
}
