import { decodeQr, type QrResult, type RgbaImage } from '../../core/qr';
import type { PageScan } from './page-scanner';

const MAX_RATIO = 16;

/** What of the page's layout the decoding uses. */
export type ScreenLayout = Omit<PageScan, 'foreignFrames'>;

/**
 * Finds the QR code in a tab's screenshot: one finder-pattern search over the frame
 * (core/qr/whole-image.ts), then a small jsQR crop per group of three, those on the elements
 * the page scanner pointed at first. A page without a code costs the search alone, less
 * than one whole-frame jsQR pass; a page renders codes sharp, so no such pass is added.
 */
export function decodeScreenshot(image: RgbaImage, layout: ScreenLayout | null): QrResult | null {
  const devicePixelRatio = screenshotScale(image.width, layout);
  const likelyAreas = layout?.rects ?? [];
  return decodeQr(image, { devicePixelRatio, likelyAreas, fullPass: false });
}

/**
 * Screenshot pixels per CSS pixel, measured rather than trusted: the screenshot may have been
 * scaled down (pixelsOf), and page zoom changes devicePixelRatio.
 */
export function screenshotScale(
  imageWidth: number,
  layout: Pick<PageScan, 'viewportWidth'> | null,
): number {
  const measured = layout === null ? 1 : imageWidth / layout.viewportWidth;
  return Math.min(MAX_RATIO, Math.max(measured, 1 / MAX_RATIO));
}
