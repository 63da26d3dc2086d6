import { flattenOnWhite } from './alpha';
import { cropClamped } from './crop';
import type { Point, Rect, RgbaImage } from './image';
import { runJsQr, type Decoded } from './jsqr';
import { downscale } from './scale';

/**
 * The side, in pixels, a crop is shrunk towards before jsQR sees it. A QR code filling
 * 300 px keeps 3+ pixels a module up to version 15 (77 modules + quiet zone), far more
 * than an otpauth URI needs, while jsQR's time falls with the pixel count.
 */
export const CROP_TARGET_SIDE = 300;

export interface AreaScan {
  readonly inversion: 'dontInvert' | 'attemptBoth';
  /**
   * When the shrunk crop yields nothing, try again at full resolution: right for a hint
   * (the element may be a container with a small code in it), wasted on a candidate block
   * that the region finder sized to the code itself.
   */
  readonly retryFullResolution: boolean;
}

export interface AreaResult extends Decoded {
  /** The box-filter factor the crop was decoded at (1: full resolution). */
  readonly factor: number;
}

/** Decodes the QR code in `area` (already clamped to `image`), cropping and shrinking first. */
export function decodeArea(image: RgbaImage, area: Rect, scan: AreaScan): AreaResult | null {
  return decodeCrop(flattenOnWhite(cropClamped(image, area)), area, scan);
}

/** Decodes `crop`, whose top-left corner is at `at` in the caller's image, shrinking first. */
export function decodeCrop(crop: RgbaImage, at: Point, scan: AreaScan): AreaResult | null {
  const factor = Math.max(1, Math.floor(Math.min(crop.width, crop.height) / CROP_TARGET_SIDE));
  if (factor > 1) {
    const found = runJsQr(downscale(crop, factor), scan.inversion, {
      offsetX: at.x,
      offsetY: at.y,
      scale: factor,
    });
    if (found !== null) return { ...found, factor };
    if (!scan.retryFullResolution) return null;
  }
  const found = runJsQr(crop, scan.inversion, { offsetX: at.x, offsetY: at.y, scale: 1 });
  return found === null ? null : { ...found, factor: 1 };
}
