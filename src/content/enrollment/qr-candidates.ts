import { MAX_ASPECT, MIN_SIDE_CSS_PX } from '../../core/qr/candidate-rules';

/**
 * Which elements may be a QR code (issue 5): images, canvases and inline SVGs that are drawn,
 * roughly square and big enough to scan. This runs on DOM changes of a portal page, so it
 * finds elements by tag name (one native query) and reads one box and one computed style
 * per img/canvas/svg, never pixels.
 */

export type QrElement = HTMLImageElement | HTMLCanvasElement | SVGSVGElement;

export function isQrElement(node: Node): node is QrElement {
  return (
    node instanceof HTMLImageElement ||
    node instanceof HTMLCanvasElement ||
    node instanceof SVGSVGElement
  );
}

/** Every img/canvas/svg in `root` (not in shadow roots below it: see shadowHostsIn). */
export function qrElementsIn(root: ParentNode): QrElement[] {
  const found: QrElement[] = [];
  if (root instanceof Element && isQrElement(root)) found.push(root);
  for (const element of root.querySelectorAll('img, canvas, svg')) {
    // An SVG inside an SVG is a part of a drawing, not a code of its own.
    if (isQrElement(element) && !element.parentElement?.closest('svg')) found.push(element);
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
