import { treeOf } from './composed';
import { normalizeText, type NormalizedText } from './text';

/**
 * What a field says about itself: its attributes (name, id, class, test ids) and
 * everything that labels it (label[for], a wrapping label, aria-label, aria-labelledby,
 * aria-describedby, placeholder, title). Each source is normalised separately so words
 * from two sources never run together.
 */
const LABEL_ATTRIBUTES = ['aria-label', 'placeholder', 'title'] as const;
const NAME_ATTRIBUTES = ['name', 'id', 'class', 'data-testid', 'data-test', 'data-qa'] as const;
const MAX_LABEL_CHARS = 300;

export function ownTexts(
  input: HTMLInputElement,
  labels: LabelIndex = new LabelIndex(),
): NormalizedText[] {
  const sources: string[] = [];
  for (const attribute of NAME_ATTRIBUTES) sources.push(input.getAttribute(attribute) ?? '');
  for (const attribute of LABEL_ATTRIBUTES) sources.push(input.getAttribute(attribute) ?? '');
  for (const label of labels.of(input)) sources.push(visibleText(label));
  sources.push(...referencedTexts(input, 'aria-labelledby'));
  sources.push(...referencedTexts(input, 'aria-describedby'));
  return sources.filter((source) => source.trim() !== '').map(normalizeText);
}

/**
 * The labels of inputs, `label[for]` read once per tree. `input.labels` looks through the
 * whole tree on every call, so ranking the 500 inputs of a 5,000-element page that way cost
 * about 2 ms in Chromium, more than all the rest of the content script (its budget: 2 ms).
 * One index serves one ranking pass; the page may change between passes.
 */
export class LabelIndex {
  private readonly byTree = new Map<Node, ReadonlyMap<string, readonly Element[]>>();

  of(input: HTMLInputElement): Element[] {
    const labels = new Set<Element>();
    const tree = treeOf(input);
    // A label[for] names the first element with that id in its tree, and only that one.
    if (tree && input.id !== '' && tree.getElementById(input.id) === input) {
      for (const label of this.forIds(tree).get(input.id) ?? []) labels.add(label);
    }
    const wrapping = input.closest('label');
    if (wrapping) labels.add(wrapping);
    return [...labels];
  }

  private forIds(tree: Document | ShadowRoot): ReadonlyMap<string, readonly Element[]> {
    let index = this.byTree.get(tree);
    if (!index) {
      const byId = new Map<string, Element[]>();
      for (const label of Array.from(tree.querySelectorAll('label[for]'))) {
        const id = label.getAttribute('for') ?? '';
        byId.set(id, [...(byId.get(id) ?? []), label]);
      }
      index = byId;
      this.byTree.set(tree, index);
    }
    return index;
  }
}

/** Texts of the elements an ARIA id-list attribute points to, in the field's own tree. */
export function referencedTexts(element: Element, attribute: string): string[] {
  const ids = (element.getAttribute(attribute) ?? '').split(/\s+/).filter((id) => id !== '');
  const root = treeOf(element);
  if (!root) return [];
  return ids.flatMap((id) => {
    const target = root.getElementById(id);
    return target ? [visibleText(target)] : [];
  });
}

/** textContent without scripts and styles, capped: labels are short, pages sometimes are not. */
export function visibleText(element: Element): string {
  if (element.querySelector('script, style') === null) {
    return element.textContent.slice(0, MAX_LABEL_CHARS);
  }
  const copy = element.cloneNode(true) as Element;
  for (const noise of Array.from(copy.querySelectorAll('script, style'))) noise.remove();
  return copy.textContent.slice(0, MAX_LABEL_CHARS);
}
