import type { Rect } from '../../core/qr';
import { MAX_ASPECT, MIN_SIDE_CSS_PX } from '../../core/qr/candidate-rules';

/**
 * The scanner "Scan QR code on this page" injects into the tab (issue 5): it reports where
 * QR-like elements are (img, canvas, inline svg, in open shadow roots too), so the screenshot
 * is decoded at those places first, a few ms each, before the whole frame is searched.
 * It reads no pixels and nothing of the page's text, and changes nothing.
 */

export interface PageScan {
  /** Candidate elements, largest first, in CSS pixels of the viewport. */
  readonly rects: readonly Rect[];
  /** window.innerWidth: the screenshot's width in CSS pixels (it includes the scrollbar). */
  readonly viewportWidth: number;
  readonly devicePixelRatio: number;
}

export interface ScanRules {
  readonly minSide: number;
  readonly maxAspect: number;
  readonly maxCandidates: number;
}

const MAX_CANDIDATES = 8;

/** The same size and shape rules as the in-page enrollment capture (core/qr/candidate-rules). */
export const scanRules: ScanRules = {
  minSide: MIN_SIDE_CSS_PX,
  maxAspect: MAX_ASPECT,
  maxCandidates: MAX_CANDIDATES,
};

/**
 * Runs in the page (scripting.executeScript serialises it), so it must not use anything
 * from outside its own body: no imports, no helpers, no constants of this module. Its rules
 * arrive as an argument instead (`executeScript({ args: [scanRules] })`).
 */
export function findQrCandidates({ minSide, maxAspect, maxCandidates }: ScanRules): PageScan {
  const found: { rect: Rect; area: number }[] = [];
  const viewport = { width: window.innerWidth, height: window.innerHeight };

  const consider = (element: Element) => {
    const box = element.getBoundingClientRect();
    const [short, long] = [Math.min(box.width, box.height), Math.max(box.width, box.height)];
    if (short < minSide || long > maxAspect * short) return;
    const onScreen =
      box.right > 0 && box.bottom > 0 && box.left < viewport.width && box.top < viewport.height;
    if (!onScreen) return;
    const visible = element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    if (!visible) return;
    const rect = { x: box.left, y: box.top, width: box.width, height: box.height };
    found.push({ rect, area: box.width * box.height });
  };

  const visit = (root: Document | ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const element = node as Element;
      const tag = element.localName;
      // An svg inside another svg is part of that drawing, not a code of its own.
      const isImage =
        tag === 'img' ||
        tag === 'canvas' ||
        (tag === 'svg' && !(element.parentElement instanceof SVGElement));
      if (isImage) consider(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);

  found.sort((a, b) => b.area - a.area);
  return {
    rects: found.slice(0, maxCandidates).map(({ rect }) => rect),
    viewportWidth: viewport.width,
    devicePixelRatio: window.devicePixelRatio,
  };
}

/** The scanner's answer, checked: it comes from the tab's renderer, which may be compromised. */
export function readPageScan(value: unknown): PageScan | null {
  if (typeof value !== 'object' || value === null) return null;
  const scan = value as Partial<Record<keyof PageScan, unknown>>;
  if (!isPositive(scan.viewportWidth) || !isPositive(scan.devicePixelRatio)) return null;
  if (!Array.isArray(scan.rects)) return null;
  const rects = (scan.rects as unknown[]).filter(isRect).slice(0, MAX_CANDIDATES);
  return { rects, viewportWidth: scan.viewportWidth, devicePixelRatio: scan.devicePixelRatio };
}

function isPositive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function isRect(value: unknown): value is Rect {
  if (typeof value !== 'object' || value === null) return false;
  const rect = value as Partial<Record<keyof Rect, unknown>>;
  const finite = (part: unknown) => typeof part === 'number' && Number.isFinite(part);
  return finite(rect.x) && finite(rect.y) && isPositive(rect.width) && isPositive(rect.height);
}
