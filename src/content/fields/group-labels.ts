import { referencedTexts, visibleText } from './descriptors';

/**
 * What labels a group of segmented boxes: the demo portal's
 * `<div role="group" aria-labelledby="code-label">`, a fieldset's legend, an aria-label on a
 * wrapper. Read from the boxes' shared container and a couple of levels above it.
 */
const LEVELS_ABOVE_CONTAINER = 2;

export function groupLabels(container: Element): string[] {
  const labels: string[] = [];
  let node: Element | null = container;
  for (let level = 0; node && level <= LEVELS_ABOVE_CONTAINER; level += 1) {
    const ariaLabel = node.getAttribute('aria-label');
    if (ariaLabel) labels.push(ariaLabel);
    labels.push(...referencedTexts(node, 'aria-labelledby'));
    if (node.tagName === 'FIELDSET') {
      const legend = node.querySelector(':scope > legend');
      if (legend) labels.push(visibleText(legend));
    }
    node = node.parentElement;
  }
  return labels;
}
