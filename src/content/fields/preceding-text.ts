import { isElement, treeOf } from './composed';
import { CONTEXT_LIMITS } from './weights';

/**
 * The text a reader sees just before a field: a heading "Two-factor
 * authentication", a sentence "Enter the code from your authenticator app", a label that is
 * not wired to the field. Walks back in document order from the field, within its own tree,
 * up to CONTEXT_LIMITS, and stops at the previous form control so the context stays the
 * field's own (the password field above a code field keeps its words to itself).
 */
const STOP_AT = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const SKIP_TEXT_IN = 'script, style, noscript, template, [hidden], [aria-hidden="true"]';

export function precedingText(field: Element): string {
  const root = treeOf(field);
  if (!root) return '';
  const walker = field.ownerDocument.createTreeWalker(
    root,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  walker.currentNode = field;
  const parts: string[] = [];
  let length = 0;
  for (let visited = 0; visited < CONTEXT_LIMITS.nodes; visited += 1) {
    const node = walker.previousNode();
    if (!node) break;
    if (isElement(node)) {
      if (endsContext(node)) break;
      continue;
    }
    const text = (node.textContent ?? '').trim();
    if (text === '' || node.parentElement?.closest(SKIP_TEXT_IN)) continue;
    parts.unshift(text);
    length += text.length + 1;
    if (length >= CONTEXT_LIMITS.chars) break;
  }
  return parts.join(' ').slice(-CONTEXT_LIMITS.chars);
}

/** A form control, not a hidden input: the words before a field go back no further. */
export function endsContext(element: Element): boolean {
  return STOP_AT.has(element.tagName) && !isHiddenInput(element);
}

function isHiddenInput(element: Element): boolean {
  return element.tagName === 'INPUT' && element.getAttribute('type')?.toLowerCase() === 'hidden';
}
