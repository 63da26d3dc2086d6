import type { RgbaImage } from './image';

/**
 * `image` composited over white when any pixel is translucent, else `image` itself. jsQR
 * ignores alpha, so a code drawn on a transparent background (an inline SVG or a PNG
 * rasterised to a canvas) reads as black on black. Screenshots are opaque and
 * pay only the scan for a translucent pixel.
 */
export function flattenOnWhite(image: RgbaImage): RgbaImage {
  const { data } = image;
  let first = 3;
  while (first < data.length && data[first] === 255) first += 4;
  if (first >= data.length) return image;
  const flat = new Uint8ClampedArray(data.length);
  for (let index = 0; index < data.length; index += 4) {
    const alpha = data[index + 3] ?? 255;
    const white = 255 * (255 - alpha);
    flat[index] = ((data[index] ?? 0) * alpha + white) / 255;
    flat[index + 1] = ((data[index + 1] ?? 0) * alpha + white) / 255;
    flat[index + 2] = ((data[index + 2] ?? 0) * alpha + white) / 255;
    flat[index + 3] = 255;
  }
  return { data: flat, width: image.width, height: image.height };
}
