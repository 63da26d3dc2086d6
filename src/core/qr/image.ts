import { CoreError } from '../errors';

/**
 * The pixels qr.ts works on: an ImageData-like RGBA buffer, row by row, 4 bytes a pixel.
 * Defined here rather than taken from the DOM so that core stays free of browser types
 * (DESIGN 2); a canvas ImageData fits it as it is.
 */
export interface RgbaImage {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An axis-aligned rectangle, like DOMRect: `x`/`y` is the top-left corner. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type QrImageErrorCode =
  'invalid-image' | 'image-too-large' | 'invalid-rect' | 'invalid-option';

export class QrImageError extends CoreError<QrImageErrorCode> {
  override readonly name = 'QrImageError';
}

/**
 * 8192 x 8192 is a 4K screen at devicePixelRatio 2 with room to spare, and 256 MiB of RGBA:
 * anything bigger is a mistake upstream, and decoding it would stall the extension for seconds.
 */
export const MAX_IMAGE_SIDE = 8192;

/** Throws a QrImageError unless `image` is a well-formed RGBA buffer of a sane size. */
export function assertRgbaImage(image: RgbaImage): void {
  // The caller may hand us anything at run time (messages, canvases): check the shape first.
  const candidate = image as Partial<RgbaImage> | null | undefined;
  if (typeof candidate !== 'object' || candidate === null) {
    throw new QrImageError('invalid-image', 'The image to scan is missing.');
  }
  const { data, width, height } = candidate;
  if (!(data instanceof Uint8ClampedArray)) {
    throw new QrImageError('invalid-image', 'The image to scan has no RGBA pixel data.');
  }
  if (!isPositiveInteger(width) || !isPositiveInteger(height)) {
    throw new QrImageError(
      'invalid-image',
      'The image to scan must have a whole, non-zero width and height.',
    );
  }
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    throw new QrImageError(
      'image-too-large',
      `The image to scan is larger than ${MAX_IMAGE_SIDE} x ${MAX_IMAGE_SIDE} pixels.`,
    );
  }
  if (data.length !== width * height * 4) {
    throw new QrImageError(
      'invalid-image',
      'The image to scan has a pixel buffer that does not match its width and height.',
    );
  }
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}
