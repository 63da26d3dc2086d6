import { assertRgbaImage, QrImageError, type Rect, type RgbaImage } from './image';

/** One luminance byte a pixel, row by row. */
export interface GrayImage {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/**
 * `image` shrunk by a whole `factor` with a box filter: each output pixel is the mean of a
 * factor x factor block (blocks on the right and bottom edges may be partial, so no pixel is
 * dropped). jsQR's time grows with the pixel count, and a box filter keeps a
 * module's edges as sharp as the smaller grid allows. Input rows are read in order and the
 * only allocations are the output and one row of sums. A factor of 1 returns `image` itself.
 */
export function downscale(image: RgbaImage, factor: number): RgbaImage {
  assertRgbaImage(image);
  assertFactor(factor);
  if (factor === 1) return image;
  const { width, height, data } = image;
  const outWidth = Math.ceil(width / factor);
  const outHeight = Math.ceil(height / factor);
  const out = new Uint8ClampedArray(outWidth * outHeight * 4);
  const sums = new Uint32Array(outWidth * 4);
  for (let outY = 0; outY < outHeight; outY++) {
    sums.fill(0);
    const top = outY * factor;
    const bottom = Math.min(height, top + factor);
    for (let y = top; y < bottom; y++) {
      let source = y * width * 4;
      for (let outX = 0, sum = 0; outX < outWidth; outX++, sum += 4) {
        const end = Math.min(width, (outX + 1) * factor) * 4 + y * width * 4;
        let red = 0;
        let green = 0;
        let blue = 0;
        let alpha = 0;
        for (; source < end; source += 4) {
          red += data[source] ?? 0;
          green += data[source + 1] ?? 0;
          blue += data[source + 2] ?? 0;
          alpha += data[source + 3] ?? 0;
        }
        sums[sum] = (sums[sum] ?? 0) + red;
        sums[sum + 1] = (sums[sum + 1] ?? 0) + green;
        sums[sum + 2] = (sums[sum + 2] ?? 0) + blue;
        sums[sum + 3] = (sums[sum + 3] ?? 0) + alpha;
      }
    }
    const rows = bottom - top;
    let target = outY * outWidth * 4;
    for (let outX = 0; outX < outWidth; outX++) {
      const count = rows * (Math.min(width, (outX + 1) * factor) - outX * factor);
      const half = count >> 1;
      for (let channel = 0; channel < 4; channel++, target++) {
        out[target] = Math.floor(((sums[outX * 4 + channel] ?? 0) + half) / count);
      }
    }
  }
  return { data: out, width: outWidth, height: outHeight };
}

/**
 * Luminance (the Rec. 709 weights jsQR uses, in fixed point), box-filtered down by a whole
 * `factor` in the same pass so that a large screenshot is read once and never copied as RGBA.
 */
export function toGrayscale(image: RgbaImage, factor = 1): GrayImage {
  assertRgbaImage(image);
  assertFactor(factor);
  if (factor === 1) return grayscaleFullSize(image);
  const { width, height, data } = image;
  const outWidth = Math.ceil(width / factor);
  const outHeight = Math.ceil(height / factor);
  const out = new Uint8Array(outWidth * outHeight);
  const sums = new Uint32Array(outWidth);
  for (let outY = 0; outY < outHeight; outY++) {
    sums.fill(0);
    const top = outY * factor;
    const bottom = Math.min(height, top + factor);
    for (let y = top; y < bottom; y++) {
      let source = y * width * 4;
      for (let outX = 0; outX < outWidth; outX++) {
        const end = (Math.min(width, (outX + 1) * factor) + y * width) * 4;
        let luma = 0;
        for (; source < end; source += 4) {
          // 0.2126 R + 0.7152 G + 0.0722 B, scaled by 256.
          luma +=
            54 * (data[source] ?? 0) + 183 * (data[source + 1] ?? 0) + 19 * (data[source + 2] ?? 0);
        }
        sums[outX] = (sums[outX] ?? 0) + luma;
      }
    }
    const rows = bottom - top;
    for (let outX = 0; outX < outWidth; outX++) {
      const count = rows * (Math.min(width, (outX + 1) * factor) - outX * factor) * 256;
      out[outY * outWidth + outX] = Math.floor((sums[outX] ?? 0) / count);
    }
  }
  return { data: out, width: outWidth, height: outHeight };
}

/** The common factor-1 case without the box bookkeeping: about three times faster. */
function grayscaleFullSize({ data, width, height }: RgbaImage): GrayImage {
  const out = new Uint8Array(width * height);
  for (let pixel = 0, source = 0; pixel < out.length; pixel++, source += 4) {
    out[pixel] =
      (54 * (data[source] ?? 0) + 183 * (data[source + 1] ?? 0) + 19 * (data[source + 2] ?? 0)) >>
      8;
  }
  return { data: out, width, height };
}

function assertFactor(factor: number): void {
  if (!Number.isSafeInteger(factor) || factor < 1 || factor > 64) {
    throw new QrImageError(
      'invalid-option',
      'The scale factor must be a whole number from 1 to 64.',
    );
  }
}

/**
 * The `area` of `gray` at twice its size, bilinear, as RGBA (R = G = B, opaque: the only
 * pixel format jsQR reads). jsQR samples each module at one pixel: with modules of 2-3
 * pixels, blurred by the browser's scaling, it often hits an edge; at twice the size it
 * hits the middle. Pixel (x, y) of the result shows (x / 2, y / 2) of the area.
 */
export function enlargedTwice(gray: GrayImage, area: Rect): RgbaImage {
  const width = area.width * 2;
  const height = area.height * 2;
  const data = new Uint8ClampedArray(width * height * 4);
  const at = (x: number, y: number) => {
    const px = Math.min(area.x + area.width - 1, Math.max(area.x, x));
    const py = Math.min(area.y + area.height - 1, Math.max(area.y, y));
    return gray.data[py * gray.width + px] ?? 0;
  };
  for (let y = 0; y < height; y++) {
    // Output pixel centres fall a quarter pixel either side of the source's.
    const sourceY = area.y + (y - 0.5) / 2;
    const top = Math.floor(sourceY);
    const down = sourceY - top;
    for (let x = 0; x < width; x++) {
      const sourceX = area.x + (x - 0.5) / 2;
      const left = Math.floor(sourceX);
      const right = sourceX - left;
      const value =
        (at(left, top) * (1 - right) + at(left + 1, top) * right) * (1 - down) +
        (at(left, top + 1) * (1 - right) + at(left + 1, top + 1) * right) * down;
      const target = (y * width + x) * 4;
      data[target] = value;
      data[target + 1] = value;
      data[target + 2] = value;
      data[target + 3] = 255;
    }
  }
  return { data, width, height };
}
