import { sendFromContent } from '../../shared/send';
import { fillCode, isFillable, isStillSameTarget, targetInputs, type CodeTarget } from '../fields';
import { reportFilled } from './report-filled';

/**
 * Fills one account's code into the sign-in field. The background gives the code the fill
 * policy allows this frame (DESIGN 4.3); near rollover it gives the next period's code and
 * when it becomes valid, and we fill at that moment. Right before the code goes in, fillCode
 * checks the field again (DESIGN 4.5: same field, visible, its form submitting here). The
 * form is submitted only where the user turned "Submit after filling" on for this site, and
 * checked once more first: a page may change the form's action once the code is in.
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
  /** A fill with no click: the field must still be what the user sees (presented.ts). */
  stillPresented: () => boolean = () => true,
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
  if (!stillPresented() || !fillCode(target, answer.code)) return 'refused';
  if (answer.submit && !submitted && isFillable(target)) {
    submitted = true;
    const form = targetInputs(target)[0]?.form;
    // Through the prototype: a control named "requestSubmit" shadows the form's method.
    if (form) {
      HTMLFormElement.prototype.requestSubmit.call(form);
      // Sent by us, on the user's setting: the portal's answer is awaited as for their own.
      sendFromContent('fill/sent', null).catch(() => undefined);
    }
  }
  void reportFilled(answer.code);
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
