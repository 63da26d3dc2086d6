import type { FinderPattern } from './finders';
import type { Rect, RgbaImage } from './image';
import type { GrayImage } from './scale';

/**
 * A code's area as pure black on white, split at the tone halfway between its finders'
 * cores and the light rings around them. jsQR thresholds each 8-pixel block from its
 * neighbours, which fails on a faint code (grey on grey) or one whose quiet zone differs
 * from the page around it; the finders say what dark and light are in this code. Inverted
 * codes come out dark on light, so jsQR needs no second, inverted pass.
 */
export function twoToneCrop(
  gray: GrayImage,
  area: Rect,
  finders: readonly FinderPattern[],
  dark: boolean,
): RgbaImage {
  const threshold = toneBetween(gray, finders);
  const data = new Uint8ClampedArray(area.width * area.height * 4);
  for (let y = 0; y < area.height; y++) {
    const source = (area.y + y) * gray.width + area.x;
    for (let x = 0, target = y * area.width * 4; x < area.width; x++, target += 4) {
      const isDark = (gray.data[source + x] ?? 0) < threshold === dark;
      const value = isDark ? 0 : 255;
      data[target] = value;
      data[target + 1] = value;
      data[target + 2] = value;
      data[target + 3] = 255;
    }
  }
  return { data, width: area.width, height: area.height };
}

/** Halfway between the mean tone of the finders' cores and of their inner light rings. */
function toneBetween(gray: GrayImage, finders: readonly FinderPattern[]): number {
  let core = 0;
  let ring = 0;
  let cores = 0;
  let rings = 0;
  const at = (x: number, y: number) => {
    const px = Math.round(x);
    const py = Math.round(y);
    if (px < 0 || py < 0 || px >= gray.width || py >= gray.height) return -1;
    return gray.data[py * gray.width + px] ?? -1;
  };
  for (const { x, y, module } of finders) {
    const centre = at(x, y);
    if (centre >= 0) {
      core += centre;
      cores++;
    }
    // The light ring is two modules out from the centre, in every direction.
    for (const [dx, dy] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ] as const) {
      const value = at(x + 2 * module * dx, y + 2 * module * dy);
      if (value < 0) continue;
      ring += value;
      rings++;
    }
  }
  return (core / Math.max(1, cores) + ring / Math.max(1, rings)) / 2;
}
