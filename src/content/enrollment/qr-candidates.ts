import { MAX_ASPECT, MIN_QR_MODULES, MIN_SIDE_CSS_PX } from '../../core/qr/candidate-rules';

/**
 * Which elements may be a QR code: images, canvases and inline SVGs that are drawn,
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

/** Every img/canvas/svg in `root` (not in shadow roots below it: see collectRoots). */
export function qrElementsIn(root: ParentNode): QrElement[] {
  const found: QrElement[] = [];
  if (root instanceof Element && isQrElement(root)) found.push(root);
  for (const element of root.querySelectorAll('img, canvas, svg')) {
    if (!isQrElement(element)) continue;
    // An SVG inside an SVG is a part of a drawing, not a code of its own.
    if (element instanceof SVGSVGElement && element.parentElement?.closest('svg')) continue;
    found.push(element);
  }
  return found;
}

/** Drawn, on screen and square enough: worth reading the pixels of. */
export function looksLikeQr(element: QrElement): boolean {
  // A broken image, or one with fewer pixels than the smallest QR code has modules: decided
  // without layout, which matters on pages with hundreds of icons (the first look's cost budget).
  if (element instanceof HTMLImageElement && element.complete) {
    if (element.naturalWidth === 0) return false;
    // An SVG image's natural size is in its own units, not pixels.
    const raster = !/svg/i.test(element.currentSrc);
    if (raster && Math.min(element.naturalWidth, element.naturalHeight) < MIN_QR_MODULES) {
      return false;
    }
  }
  const { width, height } = element.getBoundingClientRect();
  if (width < MIN_SIDE_CSS_PX || height < MIN_SIDE_CSS_PX) return false;
  if (Math.max(width, height) / Math.min(width, height) > MAX_ASPECT) return false;
  const style = getComputedStyle(element);
  return style.visibility !== 'hidden' && Number(style.opacity) > 0.1;
}
