import { clampRect, expandRect } from './crop';
import { decodeArea } from './decode-area';
import { CELL_SIZE } from './edge-map';
import type { Rect, RgbaImage } from './image';
import { runJsQr, type Decoded } from './jsqr';
import { findCandidates, mostlyOverlapping } from './regions';
import { grayToRgba, toGrayscale, type GrayImage } from './scale';

export type WholeImageStrategy = 'region' | 'downscaled' | 'full';

/** Up to this many pixels an image is treated as a crop: one small jsQR pass is cheapest. */
export const SMALL_IMAGE_PIXELS = 640 * 640;
/** Candidate blocks tried per scale; each costs a few ms when it fails. */
const MAX_CANDIDATES = 4;

export interface WholeImageScan {
  readonly devicePixelRatio: number;
  readonly inversion: 'dontInvert' | 'attemptBoth';
  readonly fullPass: boolean;
}

/**
 * Finds a QR code anywhere in `image` (a screenshot, no hint), cheapest pass first:
 * 1. region: QR-like blocks from an edge map, first at CSS-pixel resolution (small modules),
 *    then at half that (large modules, whose cells look plain up close); each block is
 *    decoded as a small full-resolution crop, light-on-dark codes included;
 * 2. downscaled: jsQR over the frame at half its CSS size, for codes big enough to survive
 *    it that the region finder missed (e.g. a code touching other content);
 * 3. full: jsQR over the whole frame at full resolution, the slow last resort.
 * With a code on the page, step 1 usually ends it in 25-80 ms where one whole-frame jsQR
 * pass takes 150-500 ms (bench/qr.bench.ts).
 */
export function scanWholeImage(
  image: RgbaImage,
  scan: WholeImageScan,
): (Decoded & { strategy: WholeImageStrategy }) | null {
  const whole: Rect = { x: 0, y: 0, width: image.width, height: image.height };
  if (image.width * image.height <= SMALL_IMAGE_PIXELS) {
    const found = decodeArea(image, whole, {
      inversion: scan.inversion,
      retryFullResolution: true,
    });
    if (found === null) return null;
    return { ...found, strategy: found.factor > 1 ? 'downscaled' : 'full' };
  }

  // Blocks are sized in CSS pixels, where page layout (quiet zones, text) happens.
  const tried: Rect[] = [];
  const cssFactor = Math.max(1, Math.round(scan.devicePixelRatio));
  const fine = tryCandidates(image, toGrayscale(image, cssFactor), cssFactor, scan, tried);
  if (fine !== null) return { ...fine, strategy: 'region' };
  // Half the CSS resolution keeps 2+ px a module for the usual 4+ CSS px modules.
  const coarseFactor = Math.max(2, Math.floor(2 * scan.devicePixelRatio));
  const coarseGray = toGrayscale(image, coarseFactor);
  const coarse = tryCandidates(image, coarseGray, coarseFactor, scan, tried);
  if (coarse !== null) return { ...coarse, strategy: 'region' };

  // Inverted codes are left to the region crops and the full pass: 'attemptBoth' here would
  // add a second whole-frame locator pass to every page without a code (bench/qr.bench.ts).
  const downscaled = runJsQr(grayToRgba(coarseGray), 'dontInvert', {
    offsetX: 0,
    offsetY: 0,
    scale: coarseFactor,
  });
  if (downscaled !== null) return { ...downscaled, strategy: 'downscaled' };

  if (!scan.fullPass) return null;
  const full = runJsQr(image, scan.inversion);
  return full === null ? null : { ...full, strategy: 'full' };
}

/**
 * Decodes the best candidate blocks of `gray` (made from `image` at `factor`), skipping
 * areas a finer pass already tried; records what it tries in `tried`.
 */
function tryCandidates(
  image: RgbaImage,
  gray: GrayImage,
  factor: number,
  scan: WholeImageScan,
  tried: Rect[],
): Decoded | null {
  for (const { rect } of findCandidates(gray, MAX_CANDIDATES)) {
    // The quiet zone lies outside the busy cells; jsQR needs some of it to see the finders.
    const margin = 2 * CELL_SIZE + Math.ceil(0.08 * Math.max(rect.width, rect.height));
    const grown = expandRect(rect, margin);
    const area = clampRect(image, {
      x: grown.x * factor,
      y: grown.y * factor,
      width: grown.width * factor,
      height: grown.height * factor,
    });
    if (area === null || tried.some((done) => mostlyOverlapping(area, done))) continue;
    tried.push(area);
    const found = decodeArea(image, area, {
      inversion: scan.inversion,
      retryFullResolution: false,
    });
    if (found !== null) return found;
  }
  return null;
}
