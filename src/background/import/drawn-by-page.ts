import type { QrLocation, Rect } from '../../core/qr';
import type { PageScan } from './page-scanner';
import { screenshotScale } from './decode-screenshot';

/**
 * Whether a QR code found in a tab's screenshot was drawn by the page's own document, the
 * only case where "Scan QR code on this page" binds the account to the page's origin
 * (DESIGN 4.3): a code inside (or overlapping) another site's frame belongs to that site,
 * and a code whose place is unknown (the page could not be scripted) is not known to be the
 * page's. `location` is in screenshot pixels; the page's frames are in CSS pixels.
 */
export function drawnByPage(
  location: QrLocation,
  imageWidth: number,
  layout: Pick<PageScan, 'foreignFrames' | 'viewportWidth'> | null,
): boolean {
  if (layout === null) return false;
  const scale = screenshotScale(imageWidth, layout);
  const corners = [location.topLeft, location.topRight, location.bottomRight, location.bottomLeft];
  const xs = corners.map((corner) => corner.x / scale);
  const ys = corners.map((corner) => corner.y / scale);
  const code = {
    left: Math.min(...xs),
    right: Math.max(...xs),
    top: Math.min(...ys),
    bottom: Math.max(...ys),
  };
  const overlaps = (frame: Rect) =>
    frame.x < code.right &&
    frame.x + frame.width > code.left &&
    frame.y < code.bottom &&
    frame.y + frame.height > code.top;
  return !layout.foreignFrames.some(overlaps);
}
