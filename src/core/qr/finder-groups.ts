import { toneAt, type Binarized } from './binarize';
import type { FinderPattern } from './finders';
import type { Point, Rect } from './image';

/**
 * Three finder patterns of one tone and about one size, two of them about as far from the
 * third and at about a right angle to it, with a timing pattern (a row of modules of
 * alternating tone) running between the corner one and each other: that is where a QR code
 * is. This turns finders.ts's patterns into the areas worth a jsQR crop, most convincing
 * first. Text makes finder-like patterns by chance, and chance triples of them; none has
 * timing patterns, which any code jsQR can read keeps. Shape tolerances are loose (a code
 * under perspective in a photo, or stretched by CSS).
 */

export interface FinderGroup {
  /** The code with its quiet zone, in the binarized image's pixels; not clamped to it. */
  readonly area: Rect;
  /** True for a dark-on-light code. */
  readonly dark: boolean;
  /** The three finder patterns. */
  readonly finders: readonly FinderPattern[];
  readonly score: number;
}

/** Patterns of each tone paired up, the most often found first; a page has a few dozen. */
const MAX_PATTERNS_PER_TONE = 150;
/** The largest of the three modules over the smallest. */
const MAX_MODULE_RATIO = 1.5;
/** The shorter side from the corner pattern over the longer (a code stretched by CSS). */
const MIN_SIDE_RATIO = 0.28;
/** |long side² - (a² + b²)| over (a² + b²): 0 for an exact right angle. */
const MAX_RIGHT_ANGLE_ERROR = 0.2;
/** Finder centres are 14 modules apart in a version 1 code, 170 in version 40. */
const MIN_SIDE_MODULES = 10;
const MAX_SIDE_MODULES = 200;
/**
 * Half a finder (3.5 modules) and the quiet zone (4), and a module for rounding; never
 * less than jsQR's thresholds need around a small code (they look 2 blocks of 8 px out).
 */
const MARGIN_MODULES = 8.5;
const MIN_MARGIN = 24;
/**
 * The symbol's size is looked for between these shares of what the module size says: the
 * module is measured on the finders, a few pixels each, and CSS may stretch one way.
 */
const MIN_SIZE_SLACK = 0.75;
const MAX_SIZE_SLACK = 1.35;
/** Share of a timing pattern's modules that may read wrong (blur, a logo's edge). */
const MAX_TIMING_ERRORS = 0.2;

export function groupFinders(patterns: readonly FinderPattern[], image: Binarized): FinderGroup[] {
  const groups: FinderGroup[] = [];
  for (const dark of [true, false]) {
    const ofTone = patterns
      .filter((pattern) => pattern.dark === dark)
      .sort((a, b) => b.hits - a.hits)
      .slice(0, MAX_PATTERNS_PER_TONE);
    for (let i = 0; i < ofTone.length; i++) {
      for (let j = i + 1; j < ofTone.length; j++) {
        for (let k = j + 1; k < ofTone.length; k++) {
          const [a, b, c] = [ofTone[i], ofTone[j], ofTone[k]];
          if (a === undefined || b === undefined || c === undefined) continue;
          const group = asGroup(a, b, c, dark, image);
          if (group !== null) groups.push(group);
        }
      }
    }
  }
  return groups.sort((a, b) => b.score - a.score);
}

function asGroup(
  a: FinderPattern,
  b: FinderPattern,
  c: FinderPattern,
  dark: boolean,
  image: Binarized,
): FinderGroup | null {
  const smallest = Math.min(a.module, b.module, c.module);
  const largest = Math.max(a.module, b.module, c.module);
  if (largest > MAX_MODULE_RATIO * smallest) return null;
  const module = (a.module + b.module + c.module) / 3;
  // The corner (top-left) pattern is the one opposite the longest side.
  const ab = squared(a, b);
  const bc = squared(b, c);
  const ac = squared(a, c);
  const [corner, first, second, long] =
    bc >= ab && bc >= ac ? [a, b, c, bc] : ac >= ab ? [b, a, c, ac] : [c, a, b, ab];
  const sideA = squared(corner, first);
  const sideB = squared(corner, second);
  const legs = sideA + sideB;
  const rightAngleError = Math.abs(long - legs) / legs;
  const sideRatio = Math.sqrt(Math.min(sideA, sideB) / Math.max(sideA, sideB));
  if (
    rightAngleError > MAX_RIGHT_ANGLE_ERROR ||
    sideRatio < MIN_SIDE_RATIO ||
    Math.sqrt(Math.min(sideA, sideB)) < MIN_SIDE_MODULES * module ||
    Math.sqrt(Math.max(sideA, sideB)) > MAX_SIDE_MODULES * module
  ) {
    return null;
  }
  if (!hasTimingPatterns(image, corner, first, second, module, dark)) return null;
  // The fourth corner completes the parallelogram.
  const fourth = { x: first.x + second.x - corner.x, y: first.y + second.y - corner.y };
  const xs = [corner.x, first.x, second.x, fourth.x];
  const ys = [corner.y, first.y, second.y, fourth.y];
  const margin = Math.max(MIN_MARGIN, MARGIN_MODULES * module);
  const left = Math.min(...xs) - margin;
  const top = Math.min(...ys) - margin;
  const area = {
    x: left,
    y: top,
    width: Math.max(...xs) + margin - left,
    height: Math.max(...ys) + margin - top,
  };
  const hits = Math.min(a.hits, b.hits, c.hits);
  return { area, dark, finders: [a, b, c], score: hits * sideRatio * (1 - rightAngleError) };
}

/**
 * Whether both timing patterns are there: row 6 and column 6 of the symbol, three modules in
 * from the finders' centres, whose modules alternate in tone between the finders' separators.
 * The symbol's size is not known, only estimated from the module size: each size near the
 * estimate (a side of 4k + 1 modules) is tried, and the modules are read at their centres.
 */
function hasTimingPatterns(
  image: Binarized,
  corner: Point,
  first: Point,
  second: Point,
  module: number,
  dark: boolean,
): boolean {
  // The module is measured across the finders' narrowest direction, so the shorter side
  // (the code may be stretched the other way) is about `between` modules.
  const estimate = Math.sqrt(Math.min(squared(corner, first), squared(corner, second))) / module;
  // Finder centres are `between` modules apart for a side of `between + 7`: 14, 18, ... 170.
  const low = Math.max(14, Math.ceil((MIN_SIZE_SLACK * estimate - 2) / 4) * 4 + 2);
  const high = Math.min(170, MAX_SIZE_SLACK * estimate);
  for (let between = low; between <= high; between += 4) {
    if (
      alternates(image, corner, first, second, between, dark) &&
      alternates(image, corner, second, first, between, dark)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Reads the timing pattern from `corner` towards `end` (`between` modules away), on the
 * line three modules towards `other`: modules 7 to `between - 1` counted from the corner
 * finder's edge, light at the separators and dark on even modules (tones swapped for an
 * inverted code). Also tried a quarter module either side of that line.
 */
function alternates(
  image: Binarized,
  corner: Point,
  end: Point,
  other: Point,
  between: number,
  dark: boolean,
): boolean {
  const along = { x: (end.x - corner.x) / between, y: (end.y - corner.y) / between };
  const inwards = { x: (other.x - corner.x) / between, y: (other.y - corner.y) / between };
  const darkTone = dark ? 1 : 0;
  const samples = between - 7;
  for (const offset of [3, 2.75, 3.25]) {
    let wrong = 0;
    for (let column = 7; column <= between - 1 && wrong <= MAX_TIMING_ERRORS * samples; column++) {
      // The corner finder's centre is module 3 (counting from 0 at its outer edge).
      const x = Math.round(corner.x + (column - 3) * along.x + offset * inwards.x);
      const y = Math.round(corner.y + (column - 3) * along.y + offset * inwards.y);
      const value = toneAt(image, x, y);
      const expected = column % 2 === 0 ? darkTone : 1 - darkTone;
      if (value !== expected) wrong++;
    }
    if (wrong <= MAX_TIMING_ERRORS * samples) return true;
  }
  return false;
}

function squared(p: Point, q: Point): number {
  return (p.x - q.x) ** 2 + (p.y - q.y) ** 2;
}
