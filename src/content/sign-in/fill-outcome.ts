import {
  composedClosest,
  composedContains,
  composedParent,
  isShadowRoot,
} from '../fields/composed';
import { browserGeometry, type Geometry } from '../fields/geometry';
import { targetInputs, type CodeTarget } from '../fields/target';
import { invisibilityReason } from '../fields/visibility';
import {
  MessageTracker,
  isLiveRegion,
  mentionsCode,
  readsAsRefusal,
} from '../page-messages/messages';
import { CONTAINERS, isPageRoot } from '../page-messages/areas';
import { watchPage } from '../page-messages/page-watch';
import { isConnected, queryAll } from '../page-messages/safe-dom';

/**
 * What the page made of a code the extension just filled: 'refused' when it shows an error
 * about it, 'gone' when the code step went away without one. Reports once, then stops; says
 * nothing when neither happens within the time limit, or when the page navigates away.
 *
 * A refusal is a message (page-messages/messages.ts) that is written or shown after the fill
 * and reads as a refusal in English or French, or the field turning aria-invalid="true".
 * It counts when it is near the field: in the field's form, in the section, dialog, card or
 * fieldset around it, or within NEAR_LEVELS ancestors of it. Elsewhere on the page (a
 * site-wide banner) only a live region that also mentions a code counts. When the code step
 * was re-rendered (the field is no longer in the page), a message in any form, section or
 * dialog that holds an input counts as near the new step.
 *
 * Gone means every input of the target is out of the page or hidden (visibility.ts; a field
 * disabled while the portal checks the code is still there), checked once the page is quiet
 * and again GONE_SETTLE_MS later: single-page apps swap views and show spinners, and an
 * error arriving meanwhile wins.
 */

export type CodeVerdict = 'refused' | 'gone';

export interface FillOutcomeWatchOptions {
  readonly timeoutMs?: number;
  /** Layout facts (tests pass their own: happy-dom has no layout). */
  readonly geometry?: Geometry;
}

const DEFAULT_TIMEOUT_MS = 120_000;
const QUIET_MS = 300;
const MAX_QUIET_WAIT_MS = 1_000;
const GONE_SETTLE_MS = 1_000;
const NEAR_LEVELS = 4;
const ATTRIBUTES = ['hidden', 'style', 'class', 'aria-invalid', 'aria-hidden', 'role'];

export function watchFillOutcome(
  target: CodeTarget,
  report: (outcome: CodeVerdict) => void,
  options: FillOutcomeWatchOptions = {},
): () => void {
  const geometry = options.geometry ?? browserGeometry;
  const inputs = targetInputs(target);
  const invalid = new Map(inputs.map((input) => [input, isInvalid(input)]));
  const areas = nearAreas(inputs);
  const messages = new MessageTracker(geometry, [document, ...shadowRootsOf(inputs)]);

  const allGone = () =>
    inputs.every((input) => !input.isConnected || invisibilityReason(input, geometry) !== null);
  const finish = (outcome: CodeVerdict) => {
    watch.stop();
    report(outcome);
  };
  const isNear = (element: Element) =>
    areas.some((area) => isConnected(area) && composedContains(area, element)) ||
    (!inputs.every((input) => input.isConnected) && inRerenderedStep(element));
  let settling = false;
  const checkGone = () => {
    if (settling || !allGone()) return;
    settling = true;
    watch.later(() => {
      settling = false;
      if (allGone()) finish('gone');
    }, GONE_SETTLE_MS);
  };

  const watch = watchPage({
    attributes: ATTRIBUTES,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    elements: inputs,
    onMutations(records) {
      if (records.some((record) => turnedInvalid(record, invalid))) {
        finish('refused');
        return;
      }
      for (const { element, text } of messages.changes(records)) {
        if (!readsAsRefusal(text)) continue;
        if (isNear(element) || (isLiveRegion(element) && mentionsCode(text))) {
          finish('refused');
          return;
        }
      }
      watch.afterQuiet(checkGone, QUIET_MS, MAX_QUIET_WAIT_MS);
    },
  });
  return () => {
    watch.stop();
  };
}

function isInvalid(input: HTMLInputElement): boolean {
  return input.getAttribute('aria-invalid')?.trim().toLowerCase() === 'true';
}

/** aria-invalid="true" newly set on one of the inputs (again after being cleared counts). */
function turnedInvalid(record: MutationRecord, invalid: Map<HTMLInputElement, boolean>): boolean {
  if (record.type !== 'attributes' || record.attributeName !== 'aria-invalid') return false;
  const input = [...invalid.keys()].find((candidate) => candidate === record.target);
  if (!input) return false;
  const was = invalid.get(input) ?? false;
  const now = isInvalid(input);
  invalid.set(input, now);
  return now && !was;
}

/** The field's form, the container around it, and its ancestors up to NEAR_LEVELS. */
function nearAreas(inputs: readonly HTMLInputElement[]): Element[] {
  const areas = new Set<Element>();
  for (const input of inputs) {
    if (input.form) areas.add(input.form);
    const container = composedClosest(input, CONTAINERS);
    if (container && !isPageRoot(container)) areas.add(container);
    let ancestor = composedParent(input);
    for (let level = 0; ancestor && !isPageRoot(ancestor) && level < NEAR_LEVELS; level += 1) {
      areas.add(ancestor);
      ancestor = composedParent(ancestor);
    }
  }
  return [...areas];
}

function inRerenderedStep(element: Element): boolean {
  const container = composedClosest(element, CONTAINERS);
  return container !== null && !isPageRoot(container) && queryAll(container, 'input').length > 0;
}

function shadowRootsOf(inputs: readonly HTMLInputElement[]): ShadowRoot[] {
  const roots = new Set<ShadowRoot>();
  for (const input of inputs) {
    const root = input.getRootNode();
    if (isShadowRoot(root)) roots.add(root);
  }
  return [...roots];
}
