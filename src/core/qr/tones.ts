import type { Rect } from './image';
import type { GrayImage } from './scale';

/** Darkest to lightest tone of a readable code; screens render codes near black on white. */
const MIN_CONTRAST = 64;
const MIN_TWO_TONE_SHARE = 0.75;
const MIN_DARK_SHARE = 0.3;

export interface ToneProfile {
  /** Share of pixels near the darkest or the lightest tone (5th and 95th percentiles). */
  readonly twoTone: number;
  /** Share of pixels darker than halfway between those tones. */
  readonly dark: number;
  readonly contrast: number;
}

/**
 * A QR code is two-tone, even blurred (twoTone ~0.85-1), and its mask keeps about half
 * its modules dark. Text on a panel is two-tone but mostly background (dark ~0.1-0.25);
 * a photo or noise is not two-tone (~0.5). Those are exactly the crops on which jsQR is
 * slowest, its locator finding finder-like runs everywhere (10-40 ms each, measured).
 */
export function looksLikeModules(tones: ToneProfile): boolean {
  return (
    tones.contrast >= MIN_CONTRAST &&
    tones.twoTone >= MIN_TWO_TONE_SHARE &&
    tones.dark >= MIN_DARK_SHARE &&
    tones.dark <= 1 - MIN_DARK_SHARE
  );
}

export function toneProfile(gray: GrayImage, rect: Rect): ToneProfile {
  const histogram = new Uint32Array(256);
  for (let y = rect.y; y < rect.y + rect.height; y++) {
    const row = y * gray.width;
    for (let x = rect.x; x < rect.x + rect.width; x++) {
      const value = gray.data[row + x] ?? 0;
      histogram[value] = (histogram[value] ?? 0) + 1;
    }
  }
  const total = rect.width * rect.height;
  const darkest = percentile(histogram, total * 0.05);
  const lightest = percentile(histogram, total * 0.95);
  const band = (lightest - darkest) / 4;
  const middle = (darkest + lightest) / 2;
  let nearExtremes = 0;
  let dark = 0;
  for (let value = 0; value < 256; value++) {
    const count = histogram[value] ?? 0;
    if (value <= darkest + band || value >= lightest - band) nearExtremes += count;
    if (value < middle) dark += count;
  }
  return { twoTone: nearExtremes / total, dark: dark / total, contrast: lightest - darkest };
}

/** The smallest value with more than `rank` pixels at or below it. */
function percentile(histogram: Uint32Array, rank: number): number {
  let seen = 0;
  for (let value = 0; value < 256; value++) {
    seen += histogram[value] ?? 0;
    if (seen > rank) return value;
  }
  return 255;
}
