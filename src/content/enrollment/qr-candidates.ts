/**
 * Which elements may be a QR code (issue 5): images, canvases and inline SVGs that are drawn,
 * roughly square and big enough to scan. This runs on every DOM change of a portal page, so
 * it only reads tag names and one bounding box per element, never pixels.
 */

export type QrElement = HTMLImageElement | HTMLCanvasElement | SVGSVGElement;

/** A QR code smaller than this on screen is not meant to be scanned by a phone either. */
const MIN_SIDE_CSS_PX = 48;
const MAX_ASPECT = 1.35;
const QR_TAGS = ['img', 'canvas', 'svg'];

export function isQrElement(node: Node): node is QrElement {
  return (
    node instanceof HTMLImageElement ||
    node instanceof HTMLCanvasElement ||
    node instanceof SVGSVGElement
  );
}

/**
 * Every img/canvas/svg in `root`, and with `deep` in the open shadow roots below it (that walk
 * visits every element, so it is done for new subtrees, not for every class change).
 */
export function qrElementsIn(root: ParentNode, deep = true): QrElement[] {
  const found: QrElement[] = [];
  if (root instanceof Element && isQrElement(root)) found.push(root);
  for (const tag of QR_TAGS) {
    for (const element of root.querySelectorAll(tag)) {
      // An SVG inside an SVG is a part of a drawing, not a code of its own.
      if (isQrElement(element) && !element.parentElement?.closest('svg')) found.push(element);
    }
  }
  if (!deep) return found;
  for (const host of shadowHostsIn(root)) {
    if (host.shadowRoot) found.push(...qrElementsIn(host.shadowRoot));
  }
  return found;
}

/** Open shadow roots only: closed ones are the page's business, and ours is one of them. */
export function shadowHostsIn(root: ParentNode): Element[] {
  const hosts: Element[] = root instanceof Element && root.shadowRoot ? [root] : [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element && node.shadowRoot) hosts.push(node);
  }
  return hosts;
}

/** Drawn, on screen and square enough: worth reading the pixels of. */
export function looksLikeQr(element: QrElement): boolean {
  if (element instanceof HTMLImageElement && element.complete && element.naturalWidth === 0) {
    return false; // A broken image.
  }
  const { width, height } = element.getBoundingClientRect();
  if (width < MIN_SIDE_CSS_PX || height < MIN_SIDE_CSS_PX) return false;
  if (Math.max(width, height) / Math.min(width, height) > MAX_ASPECT) return false;
  const style = getComputedStyle(element);
  return style.visibility !== 'hidden' && Number(style.opacity) > 0.1;
}
