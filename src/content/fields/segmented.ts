import { exclusionReason } from './exclusions';
import { SEGMENT_COUNT } from './weights';

/**
 * Segmented code inputs (DESIGN 4.5): 4 to 8 one-character boxes side by side in one
 * group, returned as one target. KeePassXC-Browser's fields.js (getSegmentedTOTPFields) takes
 * 6 boxes, or at least 4 when a site exception says so; we take 4 to 8 anywhere, and require
 * the boxes to be siblings or cousins (a wrapper per box) with no other field between them.
 * Layout ("side by side") is checked later with the geometry, see visibility.ts.
 */
export interface SegmentGroup {
  readonly inputs: readonly HTMLInputElement[];
  /** The nearest element holding all the boxes. */
  readonly container: Element;
}

/** How far up two neighbouring boxes may have to go to meet: <div><span><input>. */
const MAX_LEVELS_TO_SHARED_PARENT = 3;

export function isSegmentBox(input: HTMLInputElement): boolean {
  return input.maxLength === 1 && exclusionReason(input, true) === null;
}

/** Groups among the inputs of one tree, given in document order. */
export function findSegmentGroups(inputs: readonly HTMLInputElement[]): SegmentGroup[] {
  const groups: SegmentGroup[] = [];
  let run: HTMLInputElement[] = [];
  const closeRun = (): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last && run.length >= SEGMENT_COUNT.min && run.length <= SEGMENT_COUNT.max) {
      const container = sharedAncestor(first, last);
      if (container) groups.push({ inputs: run, container });
    }
    run = [];
  };
  for (const input of inputs) {
    if (input.type === 'hidden') continue;
    const previous = run[run.length - 1];
    if (!isSegmentBox(input)) {
      closeRun();
      continue;
    }
    if (previous && !sharedAncestor(previous, input)) closeRun();
    run.push(input);
  }
  closeRun();
  return groups;
}

function sharedAncestor(a: Element, b: Element): Element | null {
  const ancestorsOfA: Element[] = [];
  for (
    let node = a.parentElement, level = 0;
    node && level < MAX_LEVELS_TO_SHARED_PARENT;
    level++
  ) {
    ancestorsOfA.push(node);
    node = node.parentElement;
  }
  for (
    let node = b.parentElement, level = 0;
    node && level < MAX_LEVELS_TO_SHARED_PARENT;
    level++
  ) {
    if (ancestorsOfA.includes(node)) return node;
    node = node.parentElement;
  }
  return null;
}
