import { binarizeLikeJsQr, binarizeLocal, blockTones } from './binarize';
import { clampRect, expandRect } from './crop';
import { decodeArea, decodeCrop, type AreaResult } from './decode-area';
import { groupFinders, type FinderGroup } from './finder-groups';
import { findFinderPatterns } from './finders';
import type { Rect, RgbaImage } from './image';
import { runJsQr, type Decoded } from './jsqr';
import { enlargedTwice, toGrayscale, type GrayImage } from './scale';
import { twoToneCrop } from './two-tone';

export type WholeImageStrategy = 'region' | 'downscaled' | 'full';

/** Up to this many pixels an image is treated as a crop: one small jsQR pass is cheapest. */
export const SMALL_IMAGE_PIXELS = 640 * 640;
/**
 * Finder groups decoded at most: a code's own group comes first (its patterns are found on
 * the most rows); others are chance likenesses, rare once timing patterns are checked.
 */
const MAX_GROUPS = 8;
/** A second, wider crop of a group: jsQR's block thresholds shift with the crop's edges. */
const WIDER_MODULES = 4;
const WIDER_PIXELS = 32;
/** Modules smaller than this (pixels) get a try at twice the size. */
const SMALL_MODULE = 4;

export interface WholeImageScan {
  readonly inversion: 'dontInvert' | 'attemptBoth';
  /** After the finder groups, one jsQR pass over the whole image (see DecodeQrOptions). */
  readonly fullPass: boolean;
  /** Areas (image pixels) where a code is likelier: codes found there are decoded first. */
  readonly preferred?: readonly Rect[];
}

/**
 * Finds a QR code anywhere in `image` (a screenshot, a picture, no hint):
 * 1. region: the frame is searched for finder patterns (finders.ts), three of which jsQR
 *    needs to decode anything, grouped with their timing patterns (finder-groups.ts); each
 *    group is decoded as a small crop. No group, no jsQR at all: a frame without a code
 *    costs this search alone, ~20-30 ms at 1080p, where one whole-frame jsQR pass takes
 *    150-300 ms (bench/scan-tab.bench.ts).
 * 2. full: with `fullPass`, jsQR over the whole frame, for a picture the user chose that
 *    may be a photo the finder search reads less well than jsQR.
 */
export function scanWholeImage(
  image: RgbaImage,
  scan: WholeImageScan,
): (Decoded & { strategy: WholeImageStrategy }) | null {
  const whole: Rect = { x: 0, y: 0, width: image.width, height: image.height };
  if (image.width * image.height <= SMALL_IMAGE_PIXELS) {
    const found = decodeArea(image, whole, {
      inversion: scan.inversion,
      retryFullResolution: true,
    });
    if (found === null) return null;
    return { ...found, strategy: found.factor > 1 ? 'downscaled' : 'full' };
  }

  const gray = toGrayscale(image);
  for (const group of codeGroups(gray, scan)) {
    const found = decodeGroup(image, gray, group, scan.inversion);
    if (found !== null) return { ...found, strategy: 'region' };
  }

  if (!scan.fullPass) return null;
  const full = runJsQr(image, scan.inversion);
  return full === null ? null : { ...full, strategy: 'full' };
}

/**
 * The finder groups of `gray`, best first, those in preferred areas before the rest. The
 * frame is binarized twice: as jsQR does (so a code jsQR would read in the whole frame is
 * found), and against the tones around each place (faint codes, big modules, a quiet zone
 * unlike the page around it: what jsQR reads only in a crop).
 */
function codeGroups(gray: GrayImage, scan: WholeImageScan): FinderGroup[] {
  const groups: FinderGroup[] = [];
  const tones = blockTones(gray);
  for (const binarizer of [binarizeLikeJsQr, binarizeLocal]) {
    const binarized = binarizer(gray, tones);
    groups.push(...groupFinders(findFinderPatterns(binarized), binarized));
  }
  groups.sort((a, b) => b.score - a.score);
  const preferred = scan.preferred ?? [];
  const inPreferred = ({ area }: FinderGroup) => {
    const x = area.x + area.width / 2;
    const y = area.y + area.height / 2;
    return preferred.some(
      (rect) => x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height,
    );
  };
  const distinct: FinderGroup[] = [];
  for (const group of groups) {
    if (!group.dark && scan.inversion === 'dontInvert') continue;
    if (!distinct.some((other) => sameFinders(group, other))) distinct.push(group);
  }
  return [
    ...distinct.filter(inPreferred),
    ...distinct.filter((group) => !inPreferred(group)),
  ].slice(0, MAX_GROUPS);
}

/**
 * Decodes a group's area split at the code's own tones (faint codes), then as it is (uneven
 * light), then twice the size if its modules are small, then all again with a wider margin.
 * jsQR is sensitive to each of these (block thresholds shift with a crop's edges, small
 * modules are sampled near their edges): a code found here is worth a few tries.
 */
function decodeGroup(
  image: RgbaImage,
  gray: GrayImage,
  group: FinderGroup,
  inversion: 'dontInvert' | 'attemptBoth',
): AreaResult | null {
  const module = Math.min(...group.finders.map((finder) => finder.module));
  for (const margin of [0, Math.max(WIDER_PIXELS, WIDER_MODULES * module)]) {
    const area = clampRect(image, expandRect(group.area, margin));
    if (area === null) return null;
    const twoTone = twoToneCrop(gray, area, group.finders, group.dark);
    const found =
      decodeCrop(twoTone, area, { inversion: 'dontInvert', retryFullResolution: true }) ??
      decodeArea(image, area, { inversion, retryFullResolution: true }) ??
      (module < SMALL_MODULE ? decodeEnlarged(gray, area, inversion) : null);
    if (found !== null) return found;
  }
  return null;
}

function decodeEnlarged(
  gray: GrayImage,
  area: Rect,
  inversion: 'dontInvert' | 'attemptBoth',
): AreaResult | null {
  const placement = { offsetX: area.x, offsetY: area.y, scale: 0.5 };
  const found = runJsQr(enlargedTwice(gray, area), inversion, placement);
  return found === null ? null : { ...found, factor: 1 };
}

/** Whether two groups are the same three patterns (found by both binarizations). */
function sameFinders(a: FinderGroup, b: FinderGroup): boolean {
  return a.finders.every((finder) =>
    b.finders.some((other) => {
      const near = Math.max(finder.module, other.module, 2);
      return Math.abs(finder.x - other.x) <= near && Math.abs(finder.y - other.y) <= near;
    }),
  );
}
