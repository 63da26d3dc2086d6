import type { Rect } from '../../core/qr';
import { MAX_ASPECT, MIN_SIDE_CSS_PX } from '../../core/qr/candidate-rules';

/**
 * The scanner "Scan QR code on this page" injects into the tab: it reports where
 * QR-like elements are (img, canvas, inline svg, in open shadow roots too), so codes the
 * search of the screenshot finds there are decoded before any other.
 * It reads no pixels and nothing of the page's text, and changes nothing. It also says where
 * the page shows other sites' frames, so a code drawn there is not bound to the page.
 */

export interface PageScan {
  /** Candidate elements, largest first, in CSS pixels of the viewport. */
  readonly rects: readonly Rect[];
  /**
   * Where the page shows what its own document did not draw: frames of another origin (or
   * sandboxed, or holding such frames), objects and embeds. A QR code there is not this
   * page's, so the account is not bound to the page's origin.
   */
  readonly foreignFrames: readonly Rect[];
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
/** More frames than this and the answer is not trusted: the scan binds to nothing. */
const MAX_FRAMES = 256;

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
  const foreignFrames: Rect[] = [];
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  const frameTags = ['iframe', 'frame', 'object', 'embed', 'fencedframe', 'portal'];

  // Everything under the root, open shadow roots included.
  const elementsOf = function* (root: Document | ShadowRoot): Generator<Element> {
    // A same-origin frame's document is of another realm: no instanceof across it.
    const owner =
      (root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument) ?? document;
    const walker = owner.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const element = node as Element;
      yield element;
      if (element.shadowRoot) yield* elementsOf(element.shadowRoot);
    }
  };

  // A frame is the page's own when its document is readable from here (same origin, not
  // sandboxed) and holds no frame that is not; embeds and the rest never are.
  const isOwnFrame = (frame: Element, depth: number): boolean => {
    if (depth > 8 || (frame.localName !== 'iframe' && frame.localName !== 'frame')) return false;
    let inner: Document | null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      return false;
    }
    if (inner === null) return false;
    for (const element of elementsOf(inner)) {
      if (frameTags.includes(element.localName) && !isOwnFrame(element, depth + 1)) return false;
    }
    return true;
  };

  const considerFrame = (frame: Element) => {
    const box = frame.getBoundingClientRect();
    const onScreen =
      box.width > 0 &&
      box.height > 0 &&
      box.right > 0 &&
      box.bottom > 0 &&
      box.left < viewport.width &&
      box.top < viewport.height;
    if (!onScreen || isOwnFrame(frame, 0)) return;
    foreignFrames.push({ x: box.left, y: box.top, width: box.width, height: box.height });
  };

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

  for (const element of elementsOf(document)) {
    const tag = element.localName;
    // An svg inside another svg is part of that drawing, not a code of its own.
    const isImage =
      tag === 'img' ||
      tag === 'canvas' ||
      (tag === 'svg' && !(element.parentElement instanceof SVGElement));
    if (isImage) consider(element);
    if (frameTags.includes(tag)) considerFrame(element);
  }

  found.sort((a, b) => b.area - a.area);
  return {
    rects: found.slice(0, maxCandidates).map(({ rect }) => rect),
    foreignFrames,
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
  // Where other sites' frames are must be known in full, or nothing is bound (null).
  const frames: unknown = scan.foreignFrames;
  if (!Array.isArray(frames) || frames.length > MAX_FRAMES) return null;
  const foreignFrames = (frames as unknown[]).filter(isRect);
  if (foreignFrames.length !== frames.length) return null;
  return {
    rects,
    foreignFrames,
    viewportWidth: scan.viewportWidth,
    devicePixelRatio: scan.devicePixelRatio,
  };
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
