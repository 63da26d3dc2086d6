import { targetInputs, type CodeTarget } from '../fields';
import { containerAround } from '../page-messages/areas';
import { formOf, watchSending } from '../page-messages/sending';

/**
 * The user sent the code step holding `target`: its form submitted, Enter in one of its
 * boxes, or a submit-like button of its form (or of the block around it, without a form)
 * clicked. Only then may the step's going away count as the portal's "accepted".
 */
export function watchCodeSent(target: CodeTarget, onSent: () => void): () => void {
  const inputs: readonly Element[] = targetInputs(target);
  const [first] = inputs;
  if (!first) return () => undefined;
  const scope = formOf(first) ?? containerAround(first);
  return watchSending((from) => {
    const form = formOf(from);
    if (inputs.includes(from) || (form !== null ? form === formOf(first) : scope?.contains(from)))
      onSent();
  });
}
