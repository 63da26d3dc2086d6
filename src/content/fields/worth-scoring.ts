import { codeWordAnchors } from './code-word-anchors';
import { isDocument, isElement, type SearchRoot } from './composed';
import type { FieldHints } from './hint-score';
import { CONTEXT_LIMITS } from './weights';

/**
 * Which inputs of one tree are worth a full scoring (issue 6: the content script's cost on a
 * 5,000-element page must stay near nothing). Without a format signal, a hint selector or a
 * strong keyword or profile label in its own texts or the text before it, an input can earn at
 * most a weak keyword in each (15 + 5), below any threshold we use (rank.ts checks this). So:
 * - inputs whose attributes carry a format signal, a hint selector or an anchor word;
 * - inputs that text with an anchor word labels or comes just before (the window
 *   precedingText reads backwards from a field, walked forwards from the text).
 * Each of the three is first asked of the whole tree at once (one native query, one string of
 * all inputs' attributes, the tree's textContent), so a page that never names a code costs a
 * few native calls, and the expensive scoring (normalised texts against 250 keywords) runs
 * for a handful of inputs instead of every row of a table.
 */
/** Attributes only a code field (or a field labelled elsewhere) tends to have. */
export const CODE_FIELD_SIGNALS = `input:is(${[
  '[autocomplete]',
  '[inputmode]',
  '[type="tel" i]',
  '[type="number" i]',
  '[pattern]',
  '[maxlength]',
  '[aria-labelledby]',
  '[aria-describedby]',
].join(', ')})`;

const FORM_CONTROLS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export function inputsWorthScoring(
  tree: SearchRoot,
  inputs: readonly HTMLInputElement[],
  hints?: FieldHints,
): Set<HTMLInputElement> {
  const anchors = codeWordAnchors(hints?.labels);
  const worth = new Set<HTMLInputElement>();
  for (const selector of [CODE_FIELD_SIGNALS, ...(hints?.selectors ?? [])]) {
    for (const input of selected(tree, selector)) worth.add(input);
  }
  // An input's outerHTML is its attributes: the names, ids, classes and labels scored as its own.
  const attributes = inputs.map((input) => input.outerHTML);
  if (anchors.test(attributes.join(' '))) {
    inputs.forEach((input, index) => {
      if (anchors.test(attributes[index] ?? '')) worth.add(input);
    });
  }

  const root = isDocument(tree) ? tree.documentElement : tree;
  if (!anchors.test(root.textContent)) return worth;
  const document = isDocument(tree) ? tree : tree.ownerDocument;
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let text = texts.nextNode(); text; text = texts.nextNode()) {
    if (!anchors.test(text.nodeValue ?? '')) continue;
    const label = text.parentElement?.closest('label');
    for (const labelled of label ? labelledInputs(label) : []) worth.add(labelled);
    const next = nextInput(document, root, text);
    if (next) worth.add(next);
  }
  return worth;
}

function selected(tree: SearchRoot, selector: string): HTMLInputElement[] {
  try {
    return Array.from(tree.querySelectorAll<HTMLInputElement>(selector)).filter(
      (element) => element.localName === 'input',
    );
  } catch {
    return []; // A profile's malformed selector is a hint that did not match.
  }
}

/** The first form control after `from` within the context window, if it is an input. */
function nextInput(document: Document, root: Node, from: Node): HTMLInputElement | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  walker.currentNode = from;
  for (let visited = 0; visited < CONTEXT_LIMITS.nodes; visited += 1) {
    const node = walker.nextNode();
    if (!node) return null;
    if (!isElement(node) || !FORM_CONTROLS.has(node.tagName)) continue;
    if (node.tagName !== 'INPUT') return null;
    // precedingText reads on past hidden inputs, so the window goes on past them too.
    if ((node.getAttribute('type') ?? '').toLowerCase() !== 'hidden') {
      return node as HTMLInputElement;
    }
  }
  return null;
}

function labelledInputs(label: HTMLLabelElement): HTMLInputElement[] {
  const inputs = Array.from(label.querySelectorAll('input'));
  const control = label.control;
  if (control?.tagName === 'INPUT') inputs.push(control as HTMLInputElement);
  return inputs;
}
