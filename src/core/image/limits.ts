import { pngSize } from './png-size';

/**
 * How large an image sent to the background for QR decoding may be, checked before it is
 * decoded: a data: URL of tens of megabytes, or a small PNG that claims billions of pixels,
 * would otherwise cost the extension's context its memory and time.
 */

export interface ImageLimits {
  /** The image types accepted, as in `data:image/<type>;base64,`. */
  readonly types: readonly string[];
  readonly maxDataUrlLength: number;
  /** Checked from a PNG's header, before decoding (the only type content scripts may send). */
  readonly maxSide: number;
  readonly maxPixels: number;
}

/** The content script draws an element's pixels at most this wide and high (element-pixels). */
export const MAX_CROP_SIDE = 1024;

/**
 * A content script's crop of one element: a PNG of at most MAX_CROP_SIDE on each side. A QR
 * code at that size is two flat tones and compresses to tens of kilobytes; even a code drawn
 * over a photograph stays well under 1.5 MB of PNG (2 MiB of base64). A page that wants to
 * flood the background with bigger messages gets them refused unread.
 */
export const CROP_LIMITS: ImageLimits = {
  types: ['png'],
  maxDataUrlLength: 2 * 1024 * 1024,
  maxSide: MAX_CROP_SIDE,
  maxPixels: MAX_CROP_SIDE * MAX_CROP_SIDE,
};

/**
 * An image the user chose in the popup, or a screenshot of the tab: base64 of a 24 MB file
 * at most. 16384 is the widest canvas browsers draw; 40 million pixels is above an 8K
 * screenshot (7680 x 4320, 33 million).
 */
export const IMAGE_LIMITS: ImageLimits = {
  types: ['png', 'jpeg', 'gif', 'webp', 'bmp'],
  maxDataUrlLength: 32 * 1024 * 1024,
  maxSide: 16_384,
  maxPixels: 40_000_000,
};

export type ImageCheck =
  | { readonly ok: true; readonly type: string; readonly base64: string }
  | {
      readonly ok: false;
      /** `not-image`: not an accepted type, or a PNG whose header is damaged. */
      readonly reason: 'not-image' | 'too-long' | 'too-many-pixels';
    };

const DATA_URL = /^data:image\/([a-z]+);base64,/;

export function checkImageDataUrl(dataUrl: string, limits: ImageLimits): ImageCheck {
  if (dataUrl.length > limits.maxDataUrlLength) return { ok: false, reason: 'too-long' };
  const prefix = DATA_URL.exec(dataUrl);
  const type = prefix?.[1];
  if (!prefix || type === undefined || !limits.types.includes(type)) {
    return { ok: false, reason: 'not-image' };
  }
  const base64 = dataUrl.slice(prefix[0].length);
  if (type === 'png') {
    const size = pngSize(base64);
    if (!size) return { ok: false, reason: 'not-image' };
    const { width, height } = size;
    if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels) {
      return { ok: false, reason: 'too-many-pixels' };
    }
  }
  return { ok: true, type, base64 };
}
