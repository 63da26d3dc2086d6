/**
 * Finder patterns: the three 7 x 7 "eyes" every QR code has in its corners, a dark ring, a
 * light ring and a dark 3 x 3 core, so any line through the centre crosses dark, light, dark,
 * light, dark in the ratio 1:1:3:1:1, at any rotation. jsQR cannot decode a code without
 * finding three of them, so a frame where none shows needs no jsQR pass at all.
 *
 * Every other row of a binarized frame (binarize.ts) is read as runs of one tone, skipping
 * blocks of one tone whole; five runs in that ratio are checked again down the column
 * through their centre, along the row from there, and along the diagonals, which few text
 * strokes survive (finder-groups.ts sorts out the rest). Light-on-dark (inverted) codes are
 * the same runs with the tones swapped, found in the same pass. ~5 ms at 1080p.
 */

import { BLOCK, BLOCK_SHIFT, toneAt, type Binarized, type BlockTones } from './binarize';

export interface FinderPattern {
  /** The centre, in the binarized image's pixels. */
  readonly x: number;
  readonly y: number;
  /** Pixels a module: the shortest measured of the four directions (rows, columns, diagonals). */
  readonly module: number;
  /** True for a dark core (a dark-on-light code), false for an inverted code. */
  readonly dark: boolean;
  /** How many rows found this pattern: a big or crisp pattern is found on many. */
  readonly hits: number;
}

/**
 * How far each run may stray from its ideal length, in modules (0.5: ZXing's tolerance),
 * plus one pixel, since edges of small modules land on either side of a pixel.
 */
const MODULE_TOLERANCE = 0.5;
const PIXEL_TOLERANCE = 1;
/** Diagonal runs are blurrier (pixels are not round): more slack, as ZXing allows them. */
const DIAGONAL_TOLERANCE = 0.75;
/**
 * A pattern is confirmed along both diagonals, or along one on many rows: binarizing can
 * break one corner of a big finder's ring (a faint code on a dark page), and text makes
 * many small one-diagonal likenesses, each on a few rows.
 */
const MIN_HITS_ONE_DIAGONAL = 4;
/** Rows read: every other one, as a finder's core is 3 modules (so 3 pixels) tall. */
const ROW_STEP = 2;
/** A direction's total may differ this much from the row's (a code stretched by CSS). */
const MAX_STRETCH = 3.5;

interface Found {
  x: number;
  y: number;
  module: number;
  dark: boolean;
  hits: number;
  /** Sightings confirmed along both diagonals. */
  crossed: number;
}

/** Every finder-pattern-like place in `image`, dark-on-light and inverted. */
export function findFinderPatterns(image: Binarized): FinderPattern[] {
  const { gray, thresholds, width, height, tones } = image;
  const { columns } = tones;
  const found: Found[] = [];
  for (let y = 0; y < height; y += ROW_STEP) {
    const row = y * width;
    const rowBlocks = (y >> BLOCK_SHIFT) * columns;
    let tone = -1;
    let runStart = 0;
    // The last five runs, oldest first; a zero has not been seen yet.
    let ring1: number;
    let gap1 = 0;
    let core = 0;
    let gap2 = 0;
    let ring2 = 0;
    for (let x = 0; x <= width; x++) {
      let next = -1;
      if (x < width) {
        const block = rowBlocks + (x >> BLOCK_SHIFT);
        const threshold = thresholds[block] ?? 0;
        // A block all on one side of its threshold is one run: no pixel of it need be read.
        const uniform =
          (x & (BLOCK - 1)) === 0 && x + BLOCK <= width ? blockTone(tones, block, threshold) : -1;
        if (uniform !== -1 && uniform === tone) {
          x += BLOCK - 1;
          continue;
        }
        next = uniform !== -1 ? uniform : (gray[row + x] ?? 0) < threshold ? 1 : 0;
        if (next === tone) continue;
      }
      if (tone !== -1) {
        ring1 = gap1;
        gap1 = core;
        core = gap2;
        gap2 = ring2;
        ring2 = x - runStart;
        // The core has the tone of the run that just ended (the fifth of the five).
        if (ring1 > 0 && matchesRuns(ring1, gap1, core, gap2, ring2, MODULE_TOLERANCE)) {
          const centreX = x - ring2 - gap2 - core / 2;
          const total = ring1 + gap1 + core + gap2 + ring2;
          const confirmed = confirm(image, Math.floor(centreX), y, tone, total);
          if (confirmed !== null) {
            const { diagonals, ...place } = confirmed;
            const crossed = diagonals === 2 ? 1 : 0;
            record(found, { ...place, dark: tone === 1, hits: 1, crossed });
          }
        }
      }
      tone = next;
      runStart = x;
    }
  }
  return found
    .filter((pattern) => pattern.crossed > 0 || pattern.hits >= MIN_HITS_ONE_DIAGONAL)
    .map(({ x, y, module, dark, hits }) => ({ x, y, module, dark, hits }));
}

/** 1 or 0 when every pixel of `block` is dark or light against `threshold`, else -1. */
function blockTone(tones: BlockTones, block: number, threshold: number): number {
  if (threshold <= (tones.min[block] ?? 0)) return 0;
  if (threshold > (tones.max[block] ?? 255)) return 1;
  return -1;
}

/** Whether five runs are 1:1:3:1:1 within `tolerance` modules (plus a pixel). */
function matches(runs: readonly number[], tolerance: number): boolean {
  const [ring1 = 0, gap1 = 0, core = 0, gap2 = 0, ring2 = 0] = runs;
  return matchesRuns(ring1, gap1, core, gap2, ring2, tolerance);
}

function matchesRuns(
  ring1: number,
  gap1: number,
  core: number,
  gap2: number,
  ring2: number,
  tolerance: number,
): boolean {
  const total = ring1 + gap1 + core + gap2 + ring2;
  if (total < 7) return false;
  const module = total / 7;
  const slack = tolerance * module + PIXEL_TOLERANCE;
  return (
    Math.abs(ring1 - module) < slack &&
    Math.abs(gap1 - module) < slack &&
    Math.abs(core - 3 * module) < 3 * slack &&
    Math.abs(gap2 - module) < slack &&
    Math.abs(ring2 - module) < slack
  );
}

/**
 * Checks the pattern found on row `y` around `x` down its column, then along the row again
 * from the column's centre (the row may have crossed the core off centre) and both
 * diagonals. Returns the refined centre and module size, or null.
 */
function confirm(
  image: Binarized,
  x: number,
  y: number,
  tone: number,
  rowTotal: number,
): { x: number; y: number; module: number; diagonals: number } | null {
  const maxTotal = MAX_STRETCH * rowTotal;
  const down = crossRuns(image, x, y, 0, 1, tone, maxTotal);
  if (down === null || !matches(down.runs, MODULE_TOLERANCE)) return null;
  const downTotal = sum(down.runs);
  if (downTotal * MAX_STRETCH < rowTotal) return null;
  const centreY = Math.floor(y + down.centre);
  const across = crossRuns(image, x, centreY, 1, 0, tone, maxTotal);
  if (across === null || !matches(across.runs, MODULE_TOLERANCE)) return null;
  const centreX = Math.floor(x + across.centre);
  const acrossTotal = sum(across.runs);
  // A rotated code's modules are measured longest across and down: the shortest of the four
  // directions is the module's side.
  let shortest = Math.min(acrossTotal, downTotal);
  let diagonals = 0;
  for (const slope of [1, -1]) {
    const diagonal = crossRuns(image, centreX, centreY, 1, slope, tone, maxTotal);
    if (diagonal === null || !matches(diagonal.runs, DIAGONAL_TOLERANCE)) continue;
    diagonals++;
    // A diagonal step is √2 pixels long.
    shortest = Math.min(shortest, sum(diagonal.runs) * Math.SQRT2);
  }
  if (diagonals === 0) return null;
  return { x: x + across.centre, y: y + down.centre, module: shortest / 7, diagonals };
}

/**
 * The five runs through (x, y) along (dx, dy): the core run the point is in, and two runs
 * each way from it. `centre` is the core's middle, in steps from (x, y). Null when the
 * point is not of the core's tone, a run reaches the image's edge, or the runs grow past
 * `maxTotal` steps.
 */
function crossRuns(
  image: Binarized,
  x: number,
  y: number,
  dx: number,
  dy: number,
  tone: number,
  maxTotal: number,
): { runs: number[]; centre: number } | null {
  const at = (step: number): number => toneAt(image, x + step * dx, y + step * dy);
  if (at(0) !== tone) return null;
  // Steps back: to the core's start, then the gap, then the ring.
  const back = [0, 0, 0];
  const forward = [0, 0, 0];
  let step = 0;
  let total = 0;
  for (let part = 0; part < 3; part++) {
    const expected = part === 1 ? 1 - tone : tone;
    while (at(step - 1) === expected && total < maxTotal) {
      step--;
      total++;
      back[part] = (back[part] ?? 0) + 1;
    }
    if (part < 2 && at(step - 1) === -1) return null;
  }
  const coreStart = -(back[0] ?? 0);
  step = 0;
  for (let part = 0; part < 3; part++) {
    const expected = part === 1 ? 1 - tone : tone;
    while (at(step + 1) === expected && total < maxTotal) {
      step++;
      total++;
      forward[part] = (forward[part] ?? 0) + 1;
    }
    if (part < 2 && at(step + 1) === -1) return null;
  }
  if (total >= maxTotal) return null;
  const core = (back[0] ?? 0) + (forward[0] ?? 0) + 1;
  const runs = [back[2] ?? 0, back[1] ?? 0, core, forward[1] ?? 0, forward[2] ?? 0];
  return { runs, centre: coreStart + core / 2 - 0.5 };
}

/** Adds a sighting to the pattern it repeats (same tone, centres a module apart), or as new. */
function record(found: Found[], sighting: Found): void {
  for (const pattern of found) {
    if (pattern.dark !== sighting.dark) continue;
    const near = Math.max(pattern.module, sighting.module);
    if (Math.abs(pattern.x - sighting.x) > near || Math.abs(pattern.y - sighting.y) > near)
      continue;
    const hits = pattern.hits + 1;
    pattern.x = (pattern.x * pattern.hits + sighting.x) / hits;
    pattern.y = (pattern.y * pattern.hits + sighting.y) / hits;
    pattern.module = (pattern.module * pattern.hits + sighting.module) / hits;
    pattern.hits = hits;
    pattern.crossed += sighting.crossed;
    return;
  }
  found.push(sighting);
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
