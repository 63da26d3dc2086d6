import type { GrayImage } from './scale';

/**
 * Two ways of telling dark from light pixels for the finder search (finders.ts), each
 * from 8 x 8 blocks' darkest, lightest and mean tones, computed once for both:
 * - likeJsQr: jsQR 1.4's own thresholds, so the search sees a code wherever jsQR would in
 *   the whole frame;
 * - local: halfway between the darkest and lightest tones around each block, which keeps
 *   what jsQR's thresholds lose in a whole frame and find only in a crop: a faint code (grey
 *   on grey), big modules, a quiet zone of another tone than the page around it.
 */

export const BLOCK = 8;
export const BLOCK_SHIFT = 3;
/** Below this range a block holds one tone (jsQR's MIN_DYNAMIC_RANGE). */
const MIN_RANGE = 24;

/**
 * A grayscale image and a threshold per block: a pixel below its block's threshold is dark.
 * Pixels are classified where they are read (toneAt), never all of them into a copy.
 */
export interface Binarized {
  readonly gray: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** Per 8 x 8 block, row by row; below 0 where the block is all light. */
  readonly thresholds: Float32Array;
  readonly tones: BlockTones;
}

/** 1 where the pixel is dark, 0 where light, -1 outside the image. */
export function toneAt(image: Binarized, x: number, y: number): number {
  if (x < 0 || y < 0 || x >= image.width || y >= image.height) return -1;
  const block = (y >> BLOCK_SHIFT) * image.tones.columns + (x >> BLOCK_SHIFT);
  const threshold = image.thresholds[block] ?? 0;
  return (image.gray[y * image.width + x] ?? 0) < threshold ? 1 : 0;
}

/** Per 8 x 8 block (the right and bottom ones may be smaller), row by row. */
export interface BlockTones {
  /** Blocks a row. */
  readonly columns: number;
  readonly rows: number;
  readonly min: Uint8Array;
  readonly max: Uint8Array;
  readonly mean: Float32Array;
}

/** The darkest, lightest and mean tone of each block of `gray`: one pass over its pixels. */
export function blockTones({ data, width, height }: GrayImage): BlockTones {
  const columns = Math.ceil(width / BLOCK);
  const rows = Math.ceil(height / BLOCK);
  const min = new Uint8Array(columns * rows);
  const max = new Uint8Array(columns * rows);
  const mean = new Float32Array(columns * rows);
  for (let blockY = 0; blockY < rows; blockY++) {
    const top = blockY * BLOCK;
    const bottom = Math.min(height, top + BLOCK);
    for (let blockX = 0; blockX < columns; blockX++) {
      const left = blockX * BLOCK;
      const right = Math.min(width, left + BLOCK);
      let sum = 0;
      let darkest = 255;
      let lightest = 0;
      for (let y = top; y < bottom; y++) {
        for (let index = y * width + left, end = y * width + right; index < end; index++) {
          const value = data[index] ?? 0;
          sum += value;
          if (value < darkest) darkest = value;
          if (value > lightest) lightest = value;
        }
      }
      const cell = blockY * columns + blockX;
      min[cell] = darkest;
      max[cell] = lightest;
      mean[cell] = sum / ((bottom - top) * (right - left));
    }
  }
  return { columns, rows, min, max, mean };
}

/**
 * jsQR's binarizer: a flat block's black point is half its darkest tone (background),
 * unless it is darker than its neighbours' (inside a big dark module); each block's
 * threshold is the mean black point of the 5 x 5 blocks around it.
 */
export function binarizeLikeJsQr(gray: GrayImage, tones: BlockTones): Binarized {
  const { columns, rows, min, max, mean } = tones;
  const blackPoints = new Float32Array(columns * rows);
  for (let blockY = 0; blockY < rows; blockY++) {
    for (let blockX = 0; blockX < columns; blockX++) {
      const cell = blockY * columns + blockX;
      const darkest = min[cell] ?? 0;
      let blackPoint = mean[cell] ?? 0;
      if ((max[cell] ?? 0) - darkest <= MIN_RANGE) {
        blackPoint = darkest / 2;
        if (blockY > 0 && blockX > 0) {
          const neighbours =
            ((blackPoints[cell - columns] ?? 0) +
              2 * (blackPoints[cell - 1] ?? 0) +
              (blackPoints[cell - columns - 1] ?? 0)) /
            4;
          if (darkest < neighbours) blackPoint = neighbours;
        }
      }
      blackPoints[cell] = blackPoint;
    }
  }
  const thresholds = new Float32Array(columns * rows);
  for (let blockY = 0; blockY < rows; blockY++) {
    const [fromY, toY] = aroundTwo(blockY, rows);
    for (let blockX = 0; blockX < columns; blockX++) {
      const [fromX, toX] = aroundTwo(blockX, columns);
      let sum = 0;
      for (let y = fromY; y <= toY; y++) {
        for (let x = fromX; x <= toX; x++) sum += blackPoints[y * columns + x] ?? 0;
      }
      // jsQR counts a pixel at the threshold as dark.
      thresholds[blockY * columns + blockX] = sum / ((toY - fromY + 1) * (toX - fromX + 1)) + 1e-3;
    }
  }
  return { gray: gray.data, width: gray.width, height: gray.height, thresholds, tones };
}

/** The 5 blocks around `block`, shifted inwards at the edges as jsQR does. */
function aroundTwo(block: number, count: number): [number, number] {
  const centre = Math.max(0, Math.min(Math.max(block, 2), count - 3));
  return [Math.max(0, centre - 2), Math.min(count - 1, centre + 2)];
}

/**
 * Halfway between the darkest and lightest tones within 2 blocks (16-24 px) each way, or
 * 4, or 8 where that is all one tone (the middle of a big module); light where even 8 are.
 */
export function binarizeLocal(gray: GrayImage, tones: BlockTones): Binarized {
  const { columns, rows } = tones;
  // Within 2 blocks first; then windows twice as wide, each from two of the last ones.
  const first = [-2, -1, 1, 2];
  let low = windowed(tones.min, columns, rows, first, Math.min);
  let high = windowed(tones.max, columns, rows, first, Math.max);
  const thresholds = new Float32Array(columns * rows).fill(-1);
  for (const reach of [2, 4, 8]) {
    if (reach > 2) {
      const halves = [-reach / 2, reach / 2];
      low = windowed(low, columns, rows, halves, Math.min);
      high = windowed(high, columns, rows, halves, Math.max);
    }
    for (let cell = 0; cell < thresholds.length; cell++) {
      if ((thresholds[cell] ?? 0) >= 0) continue;
      const darkest = low[cell] ?? 0;
      const lightest = high[cell] ?? 0;
      if (lightest - darkest >= MIN_RANGE) thresholds[cell] = (darkest + lightest) / 2;
    }
  }
  return { gray: gray.data, width: gray.width, height: gray.height, thresholds, tones };
}

/**
 * The min (or max) of the cells at `offsets` from each cell (clamped to the grid), along
 * rows, then of those along columns: a square window, in two passes of `offsets` each.
 */
function windowed(
  values: Uint8Array,
  columns: number,
  rows: number,
  offsets: readonly number[],
  pick: (a: number, b: number) => number,
): Uint8Array {
  const across = new Uint8Array(values.length);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      let value = values[y * columns + x] ?? 0;
      for (const offset of offsets) {
        const other = Math.min(columns - 1, Math.max(0, x + offset));
        value = pick(value, values[y * columns + other] ?? 0);
      }
      across[y * columns + x] = value;
    }
  }
  const out = new Uint8Array(values.length);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      let value = across[y * columns + x] ?? 0;
      for (const offset of offsets) {
        const other = Math.min(rows - 1, Math.max(0, y + offset));
        value = pick(value, across[other * columns + x] ?? 0);
      }
      out[y * columns + x] = value;
    }
  }
  return out;
}
