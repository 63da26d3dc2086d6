import { composedContains, composedParent, isElement } from '../fields/composed';
import { filterOpacity, isClippedAway } from '../fields/style-hiding';

/**
 * Whether our in-page UI is really what the user sees (DESIGN 4.4).
 * `isShown`: the host and its ancestors are displayed, opaque (opacity and `filter: opacity()`
 * multiplied up the tree), and not clipped or masked away. `paintedOver`: an element of the
 * page that lets clicks through (`pointer-events: none`, invisible to hit testing) but paints
 * over the click point: an opaque decoy over our button. Only checked on a click, so walking
 * the page's elements once is affordable.
 */
export function isShown(host: Element): boolean {
  let opacity = 1;
  for (let node: Element | null = host; node; node = composedParent(node)) {
    const style = getComputedStyle(node);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    if (isClippedAway(style)) return false;
    opacity *= Number(style.opacity) * filterOpacity(style.filter);
  }
  return opacity >= 0.99;
}

export function paintedOver(host: Element, x: number, y: number): boolean {
  return pageTrees(host.ownerDocument.documentElement, host).some((tree) => {
    const walker = host.ownerDocument.createTreeWalker(tree, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!isElement(node) || composedContains(node, host)) continue;
      if (paintsOverPoint(node, x, y)) return true;
    }
    return false;
  });
}

function paintsOverPoint(node: Element, x: number, y: number): boolean {
  const style = getComputedStyle(node);
  // Static elements too: one inside a fixed, transparent wrapper, or pulled over us by a
  // negative margin, paints over our host as well as a positioned one does.
  if (style.pointerEvents !== 'none' || style.visibility === 'hidden') return false;
  // Shadows and outlines paint outside the box: how far they reach counts too.
  const reach = shadowReach(style.boxShadow) + shadowReach(style.textShadow) + outlineReach(style);
  const box = node.getBoundingClientRect();
  if (x < box.left - reach || x > box.right + reach) return false;
  if (y < box.top - reach || y > box.bottom + reach) return false;
  return Number(style.opacity) * filterOpacity(style.filter) > 0.05 && paints(node, style);
}

/**
 * The page's body and every shadow root in it, closed ones too where the browser lets an
 * extension see them (Chrome's `chrome.dom`, Firefox's `openOrClosedShadowRoot`): a decoy can
 * sit in a web component as well. Our own UI's root is left out.
 */
function pageTrees(root: Element, host: Element): Node[] {
  const trees: Node[] = [root];
  // Roots found are pushed onto the list being walked: an array iterator reaches them too.
  for (const tree of trees) {
    const walker = root.ownerDocument.createTreeWalker(tree, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const shadow = node === host ? null : anyShadowRoot(node as Element);
      if (shadow) trees.push(shadow);
    }
  }
  return trees;
}

function anyShadowRoot(element: Element): ShadowRoot | null {
  const firefox = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null })
    .openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  // Chrome's takes HTML elements only (the only ones that can host a root) and throws on SVG.
  if (!(element instanceof HTMLElement)) return null;
  const scope = globalThis as unknown as {
    chrome?: { dom?: { openOrClosedShadowRoot?: (element: HTMLElement) => ShadowRoot | null } };
  };
  try {
    return scope.chrome?.dom?.openOrClosedShadowRoot?.(element) ?? element.shadowRoot;
  } catch {
    return element.shadowRoot;
  }
}

/**
 * A background, border, outline or shadow, a backdrop filter, text, a picture or generated
 * content: what hides what is under it.
 */
function paints(element: Element, style: CSSStyleDeclaration): boolean {
  if (style.backgroundImage !== 'none' || style.boxShadow !== 'none') return true;
  // A backdrop filter repaints what is under it: a whiteout over our button, for one.
  if (style.backdropFilter !== 'none' && style.backdropFilter !== '') return true;
  if (outlineReach(style) > 0 || hasBorder(style)) return true;
  if (!/rgba\([^)]*,\s*0\)|transparent/.test(style.backgroundColor)) return true;
  if (!(element instanceof HTMLElement)) return true; // SVG and other drawings
  if (/^(IMG|VIDEO|CANVAS|IFRAME|OBJECT|EMBED)$/.test(element.tagName)) return true;
  for (const pseudo of ['::before', '::after']) {
    const content = getComputedStyle(element, pseudo).content;
    if (content !== 'none' && content !== 'normal') return true;
  }
  return element.textContent.trim() !== '';
}

/** Offsets, blur and spread added up: at least as far as a box or text shadow reaches. */
function shadowReach(value: string): number {
  if (value === 'none') return 0;
  let reach = 0;
  for (const [length] of value.matchAll(/-?[\d.]+px/g))
    reach += Math.abs(Number.parseFloat(length));
  return reach;
}

function outlineReach(style: CSSStyleDeclaration): number {
  if (style.outlineStyle === 'none') return 0;
  const width = Number.parseFloat(style.outlineWidth) || 0;
  return width === 0 ? 0 : width + Math.abs(Number.parseFloat(style.outlineOffset) || 0);
}

function hasBorder(style: CSSStyleDeclaration): boolean {
  return (['Top', 'Right', 'Bottom', 'Left'] as const).some(
    (side) =>
      style[`border${side}Style`] !== 'none' && Number.parseFloat(style[`border${side}Width`]) > 0,
  );
}
