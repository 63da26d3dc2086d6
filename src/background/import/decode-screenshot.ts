import { decodeQr, type QrResult, type RgbaImage } from '../../core/qr';
import type { PageScan } from './page-scanner';

const MAX_RATIO = 16;

/** What of the page's layout the decoding uses. */
export type ScreenLayout = Omit<PageScan, 'foreignFrames'>;

/**
 * Finds the QR code in a tab's screenshot: at each element the page scanner
 * pointed at first (a crop, a few ms each), then the whole frame with the Core strategy,
 * ending with the full-resolution pass: the user asked for this scan, so it may take the
 * extra time rather than miss a code (DESIGN 3).
 */
export function decodeScreenshot(image: RgbaImage, layout: ScreenLayout | null): QrResult | null {
  const devicePixelRatio = screenshotScale(image.width, layout);
  for (const hint of layout?.rects ?? []) {
    const found = decodeQr(image, { hint, devicePixelRatio, hintOnly: true });
    if (found) return found;
  }
  return decodeQr(image, { devicePixelRatio, fullPass: true });
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
