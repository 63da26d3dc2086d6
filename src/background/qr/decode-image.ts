import { decodeQr, MAX_IMAGE_SIDE, type DecodeQrOptions, type QrResult } from '../../core/qr';
import {
  checkImageDataUrl,
  CROP_LIMITS,
  IMAGE_LIMITS,
  type ImageLimits,
} from '../../core/image/limits';
import { RequestError } from '../router';

/**
 * Turns an image that reached the background as a data: URL (a crop from a content script, a
 * file the user picked, a screenshot) into pixels and decodes its QR code. Decoding
 * happens here, in the extension's own context, so the content script stays small and the
 * QR's secret is read where it is kept. Works in Chrome's service worker and Firefox's event
 * page alike: both have createImageBitmap and OffscreenCanvas.
 */

/** The longest data: URL an extension page may send (core/image/limits.ts). */
export const MAX_IMAGE_DATA_URL_LENGTH = IMAGE_LIMITS.maxDataUrlLength;
/** The longest data: URL a content script may send: one element's crop. */
export const MAX_CROP_DATA_URL_LENGTH = CROP_LIMITS.maxDataUrlLength;

export async function decodeQrInDataUrl(
  dataUrl: string,
  options: DecodeQrOptions = {},
): Promise<QrResult | null> {
  const image = await pixelsOf(dataUrl);
  return decodeQr(image, options);
}

/**
 * A content script's crop of one element: the code fills the image, so only that area is
 * tried. Held to the crop's limits: the page decides what that element shows.
 */
export async function decodeQrFillingImage(dataUrl: string): Promise<QrResult | null> {
  const image = await pixelsOf(dataUrl, CROP_LIMITS);
  const hint = { x: 0, y: 0, width: image.width, height: image.height };
  return decodeQr(image, { hint, hintOnly: true });
}

export async function pixelsOf(
  dataUrl: string,
  limits: ImageLimits = IMAGE_LIMITS,
): Promise<ImageData> {
  const checked = checkImageDataUrl(dataUrl, limits);
  if (!checked.ok) {
    throw new RequestError(
      'invalid-input',
      checked.reason === 'not-image'
        ? 'This is not an image we can read: use a PNG, JPEG, GIF, WebP or BMP file.'
        : 'This image is too large to be read for a QR code.',
      'unreadable-image',
    );
  }
  const bitmap = await bitmapOf(checked.base64, checked.type);
  try {
    // Pixels beyond the decoder's limit are scaled down, not refused: a QR code survives that.
    const scale = Math.min(1, MAX_IMAGE_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new RequestError('internal', 'Images cannot be read in this browser.');
    context.drawImage(bitmap, 0, 0, width, height);
    return context.getImageData(0, 0, width, height);
  } finally {
    bitmap.close();
  }
}

async function bitmapOf(base64: string, type: string): Promise<ImageBitmap> {
  try {
    // A plain loop: Uint8Array.from with a mapping function takes several times as long on
    // a screenshot's hundreds of kilobytes (bench/scan-tab.bench.ts).
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return await createImageBitmap(new Blob([bytes], { type: `image/${type}` }));
  } catch {
    throw new RequestError(
      'invalid-input',
      'This image could not be read: it may be damaged.',
      'unreadable-image',
    );
  }
}
