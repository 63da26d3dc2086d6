import { isElement, type SearchRoot } from '../fields/composed';
import type { OpenShadowRoots } from '../open-shadow-roots';

/**
 * Notices when a code step may have appeared or gone. Portals are single-page apps
 * (the demo portal swaps the password step for the code step without loading a page), so one
 * MutationObserver watches the page and its open shadow roots; the cheap filter lets through
 * only changes that add, remove or reveal an input (or a web component that may hold one),
 * and `onChange` runs once per burst of such changes, in a later task. Typing, animations and
 * the rest of a page's life cost one quick look at each mutation record.
 */

/** Attributes that show or hide a field, or make it a different kind of field. */
const ATTRIBUTES = ['class', 'style', 'hidden', 'type', 'disabled', 'aria-hidden', 'open'];

export interface CodeFieldWatcher {
  stop(): void;
}

export function watchCodeFields(
  /** Gets the document and its known open shadow roots. */
  onChange: (trees: readonly SearchRoot[]) => void,
  shadowRoots: OpenShadowRoots,
  /** Look at what the page already holds (page-survey.ts), or only at what changes. */
  lookNow: boolean,
): CodeFieldWatcher {
  let pending: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    pending = null;
    onChange(shadowRoots.trees());
  };
  const later = () => {
    pending ??= setTimeout(run, 0);
  };
  const observer = new MutationObserver((records) => {
    if (pending === null && records.some(concernsInputs)) later();
  });
  const observe = (root: Node) => {
    observer.observe(root, { childList: true, subtree: true, attributeFilter: ATTRIBUTES });
  };
  // The document, not its root element: the same tree, and no element object made in our
  // world before the page changes (page-survey.ts says why).
  observe(document);
  // Web components render into shadow roots the document's observer cannot see into.
  for (const tree of shadowRoots.trees()) {
    if (tree !== document) observe(tree);
  }
  const stopListening = shadowRoots.onNewRoot((shadow) => {
    observe(shadow);
    later();
  });
  if (lookNow) run();
  return {
    stop() {
      stopListening();
      observer.disconnect();
      if (pending !== null) clearTimeout(pending);
    },
  };
}

function concernsInputs(record: MutationRecord): boolean {
  if (record.type === 'attributes') return mayHoldInput(record.target);
  return [...record.addedNodes, ...record.removedNodes].some(mayHoldInput);
}

function mayHoldInput(node: Node): boolean {
  if (!isElement(node)) return false;
  return (
    node.localName === 'input' ||
    node.shadowRoot !== null ||
    node.localName.includes('-') ||
    node.querySelector('input') !== null
  );
}
