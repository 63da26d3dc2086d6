import type { GrayImage } from './scale';

/**
 * Per-cell counts of strong luminance steps, the raw material of the region finder
 * (regions.ts): QR modules make many steps both ways, page backgrounds almost none.
 */

/** Cell side in grayscale pixels: small enough to keep a quiet zone visible between blocks. */
export const CELL_SIZE = 8;
/** A luminance step this strong between neighbours is an edge (QR modules step ~255). */
const EDGE_STEP = 48;
/** A busy cell's 2 x 2 window has at least this many edges each way (of 256 pixels). */
const MIN_WINDOW_EDGES_EACH_WAY = 12;

export interface EdgeMap {
  readonly columns: number;
  readonly rows: number;
  /** Steps between horizontal neighbours (a vertical edge), per cell. */
  readonly horizontal: Uint16Array;
  /** Steps between vertical neighbours (a horizontal edge), per cell. */
  readonly vertical: Uint16Array;
}

/**
 * A cell is busy when the 2 x 2 cells it starts have enough edges each way. Looking at a
 * 16-pixel window on an 8-pixel grid keeps big modules (whose cells can be plain) from
 * breaking the code into pieces, while a quiet zone of two cells still separates it from
 * its neighbours.
 */
export function markBusyCells({ horizontal, vertical, columns, rows }: EdgeMap): Uint8Array {
  const busy = new Uint8Array(columns * rows);
  const windowSum = (counts: Uint16Array, x: number, y: number) => {
    const right = x + 1 < columns ? 1 : 0;
    const below = y + 1 < rows ? columns : 0;
    const cell = y * columns + x;
    return (
      (counts[cell] ?? 0) +
      (counts[cell + right] ?? 0) +
      (counts[cell + below] ?? 0) +
      (counts[cell + right + below] ?? 0)
    );
  };
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      const busyEachWay =
        windowSum(horizontal, x, y) >= MIN_WINDOW_EDGES_EACH_WAY &&
        windowSum(vertical, x, y) >= MIN_WINDOW_EDGES_EACH_WAY;
      busy[y * columns + x] = busyEachWay ? 1 : 0;
    }
  }
  return busy;
}

/**
 * Busy cells whose four neighbours are busy too. A code's block loses one cell a side and
 * stays whole; a line of text that runs into it (one or two cells tall) is cut off, so the
 * code is not judged by the shape of code-plus-text.
 */
export function erode(busy: Uint8Array, columns: number, rows: number): Uint8Array {
  const cores = new Uint8Array(busy.length);
  for (let y = 1; y + 1 < rows; y++) {
    for (let x = 1; x + 1 < columns; x++) {
      const cell = y * columns + x;
      cores[cell] =
        busy[cell] === 1 &&
        busy[cell - 1] === 1 &&
        busy[cell + 1] === 1 &&
        busy[cell - columns] === 1 &&
        busy[cell + columns] === 1
          ? 1
          : 0;
    }
  }
  return cores;
}

/** Strong horizontal and vertical luminance steps, counted per cell, in one pass. */
export function edgeMap(gray: GrayImage): EdgeMap {
  const { data, width, height } = gray;
  const columns = Math.ceil(width / CELL_SIZE);
  const rows = Math.ceil(height / CELL_SIZE);
  const cells = columns * rows;
  const horizontal = new Uint16Array(cells);
  const vertical = new Uint16Array(cells);
  for (let y = 0; y < height; y++) {
    const rowStart = y * width;
    // The last row and column have no neighbour below or to the right: compare with self.
    const below = y + 1 < height ? width : 0;
    let cell = Math.floor(y / CELL_SIZE) * columns;
    for (let cellX = 0; cellX < width; cellX += CELL_SIZE, cell++) {
      const end = rowStart + Math.min(width, cellX + CELL_SIZE);
      let across = 0;
      let down = 0;
      for (let index = rowStart + cellX; index < end; index++) {
        const value = data[index] ?? 0;
        const right = index + 1 < rowStart + width ? (data[index + 1] ?? 0) : value;
        if (Math.abs(right - value) >= EDGE_STEP) across++;
        if (Math.abs((data[index + below] ?? 0) - value) >= EDGE_STEP) down++;
      }
      horizontal[cell] = (horizontal[cell] ?? 0) + across;
      vertical[cell] = (vertical[cell] ?? 0) + down;
    }
  }
  return { columns, rows, horizontal, vertical };
}
