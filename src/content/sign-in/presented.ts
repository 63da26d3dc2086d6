import { targetInputs, type CodeTarget } from '../fields';
import { paintedOver } from '../prompt/painted-over';

/**
 * What a fill with no click needs on top of the fill-time checks (DESIGN 4.5): every box is
 * inside the viewport and is what the user sees at its centre: the hit test finds it there
 * (not a cover, a frame or another element), and nothing that lets clicks through paints
 * over it. Script on a bound origin can add a code field anywhere; one the user cannot see
 * must not receive a code unasked. Also what shows the "Fill code" control on a locked vault.
 */
export function isPresented(target: CodeTarget): boolean {
  return targetInputs(target).every(isOnTop);
}

function isOnTop(input: HTMLInputElement): boolean {
  const view = input.ownerDocument.defaultView;
  if (!view) return false;
  const box = input.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) return false;
  return hitAt(input.ownerDocument, x, y) === input && !paintedOver(input, x, y);
}

/**
 * The innermost element at a point, through open shadow roots (where our fields can be). The
 * document's method through its prototype: a page's `<img name="elementFromPoint">` shadows it.
 */
function hitAt(document: Document, x: number, y: number): Element | null {
  let hit = Document.prototype.elementFromPoint.call(document, x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}
