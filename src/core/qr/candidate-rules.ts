/**
 * When an element on screen is worth decoding as a QR code, shared by the in-page
 * enrollment capture (content/enrollment/qr-candidates.ts) and the "Scan QR code on this page"
 * scanner (background/import/page-scanner.ts), so both find the same codes on the same page.
 */

/** A QR code smaller than this on screen (CSS pixels) is not meant to be scanned by a phone. */
export const MIN_SIDE_CSS_PX = 48;

/** Longer side over shorter side: a code with a little uneven padding, not a banner. */
export const MAX_ASPECT = 1.35;

/**
 * The smallest QR code (version 1) is 21 modules wide: a raster image with fewer pixels than
 * that cannot hold one, whatever size it is shown at.
 */
export const MIN_QR_MODULES = 21;
