import type { EdgeMap } from './edge-map';

/** A connected group of marked cells, with its bounding box and edge totals. */
export interface Block {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  cells: number;
  horizontal: number;
  vertical: number;
}

/**
 * 4-connected blocks of marked (1) cells; marks are consumed (set to 2). 4, not 8: a
 * diagonal touch would bridge a QR code to the text at its corners. Iterative flood
 * fill: no recursion depth to blow on a page-sized block.
 */
export function* blocksOf(busy: Uint8Array, edges: EdgeMap): Generator<Block> {
  const { columns, rows, horizontal, vertical } = edges;
  const stack: number[] = [];
  for (let start = 0; start < busy.length; start++) {
    if (busy[start] !== 1) continue;
    busy[start] = 2;
    stack.push(start);
    const block: Block = {
      minX: columns,
      minY: rows,
      maxX: 0,
      maxY: 0,
      cells: 0,
      horizontal: 0,
      vertical: 0,
    };
    for (let cell = stack.pop(); cell !== undefined; cell = stack.pop()) {
      const x = cell % columns;
      const y = (cell - x) / columns;
      block.minX = Math.min(block.minX, x);
      block.maxX = Math.max(block.maxX, x);
      block.minY = Math.min(block.minY, y);
      block.maxY = Math.max(block.maxY, y);
      block.cells++;
      block.horizontal += horizontal[cell] ?? 0;
      block.vertical += vertical[cell] ?? 0;
      for (const [nx, ny] of [
        [x - 1, y],
        [x + 1, y],
        [x, y - 1],
        [x, y + 1],
      ] as const) {
        if (nx < 0 || ny < 0 || nx >= columns || ny >= rows) continue;
        const neighbour = ny * columns + nx;
        if (busy[neighbour] !== 1) continue;
        busy[neighbour] = 2;
        stack.push(neighbour);
      }
    }
    yield block;
  }
}
