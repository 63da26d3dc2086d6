import { codeWordAnchors, type CodeWordAnchors } from './code-word-anchors';
import { isDocument, isElement, type SearchRoot } from './composed';
import type { FieldHints } from './hint-score';
import { endsContext } from './preceding-text';
import { CONTEXT_LIMITS } from './weights';

/**
 * Which inputs of one tree are worth a full scoring (the content script's cost on a
 * 5,000-element page must stay near nothing). Without a format signal, a hint selector or a
 * strong keyword or profile label in its own texts or the text before it, an input can earn at
 * most a weak keyword in each (15 + 5), below any threshold we use (rank.ts checks this). So:
 * - inputs whose attributes carry a format signal, a hint selector or an anchor word;
 * - the inputs of a form whose own names or action have one (score.ts reads them as context);
 * - inputs that text with an anchor word labels or comes just before (the window
 *   precedingText reads backwards from a field, walked forwards from the text).
 * Attributes and text are first asked of the whole tree at once (one string of all inputs'
 * attributes, the tree's textContent), so a page that never names a code costs a few native
 * calls, and the expensive scoring (normalised texts against 250 keywords) runs for a handful
 * of inputs instead of every row of a table.
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
  // An input's outerHTML is its attributes: the names, ids, classes and labels scored as its
  // own. Entities (&nbsp; in a placeholder) become the separators they stand for.
  const attributes = inputs.map((input) => input.outerHTML.replace(ENTITY, ' '));
  if (anchors.test(attributes.join(' '))) {
    inputs.forEach((input, index) => {
      if (anchors.test(attributes[index] ?? '')) worth.add(input);
    });
  }
  // The form's own names and action are context for every field in it (score.ts).
  for (const form of Array.from(tree.querySelectorAll('form'))) {
    if (!anchors.test(formNames(form))) continue;
    for (const control of Array.from(form.elements)) {
      if (control.localName === 'input') worth.add(control as HTMLInputElement);
    }
  }

  const root = isDocument(tree) ? tree.documentElement : tree;
  if (!anchors.test(root.textContent)) return worth;
  for (const text of textsNamingACode(root, anchors)) {
    const label = text.parentElement?.closest('label');
    for (const labelled of label ? labelledInputs(label) : []) worth.add(labelled);
    const next = nextInput(root, text);
    if (next) worth.add(next);
  }
  return worth;
}

const ENTITY = /&(?:[a-z]+|#\d+|#x[\da-f]+);/gi;

function formNames(form: HTMLFormElement): string {
  const names = ['id', 'name', 'class', 'aria-label', 'action'].map(
    (attribute) => form.getAttribute(attribute) ?? '',
  );
  return names.join(' ');
}

/**
 * The text nodes in which a code word ends. The page's text is folded node by node and
 * joined, so "Enter the <b>verification</b> code" is found, in its last node, as the scorer,
 * which reads the words before a field across elements, finds it.
 */
function textsNamingACode(root: Node, anchors: CodeWordAnchors): Text[] {
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const ends: number[] = [];
  let folded = '';
  for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
    const part = anchors.fold(node.nodeValue ?? '');
    if (part === '') continue;
    folded += part;
    nodes.push(node as Text);
    ends.push(folded.length);
  }
  const found = new Set<Text>();
  for (const end of anchors.matchEnds(folded)) {
    const node = nodes[firstAtLeast(ends, end)];
    if (node) found.add(node);
  }
  return [...found];
}

/** The first index whose value is at least `value`, in an ascending list. */
function firstAtLeast(values: readonly number[], value: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] ?? Infinity) < value) low = middle + 1;
    else high = middle;
  }
  return low;
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
function nextInput(root: Node, from: Node): HTMLInputElement | null {
  const walker = from.ownerDocument?.createTreeWalker(
    root,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  if (!walker) return null;
  walker.currentNode = from;
  for (let visited = 0; visited < CONTEXT_LIMITS.nodes; visited += 1) {
    const node = walker.nextNode();
    if (!node) return null;
    // The same stop as precedingText's: reading back from a field ends at this control.
    if (!isElement(node) || !endsContext(node)) continue;
    return node.tagName === 'INPUT' ? (node as HTMLInputElement) : null;
  }
  return null;
}

function labelledInputs(label: HTMLLabelElement): HTMLInputElement[] {
  const inputs = Array.from(label.querySelectorAll('input'));
  const control = label.control;
  if (control?.tagName === 'INPUT') inputs.push(control as HTMLInputElement);
  return inputs;
}
