import { blocksOf } from './blocks';
import { CELL_SIZE, edgeMap, erode, markBusyCells, type EdgeMap } from './edge-map';
import type { Rect } from './image';
import type { GrayImage } from './scale';
import { looksLikeModules, toneProfile } from './tones';

/**
 * Cheap candidate search for the whole-screenshot path: where on a page could a QR
 * code be? A QR code is a solid block of strong edges in both directions, about as many
 * horizontal as vertical, in a square. Text has strong edges too, but mostly vertical ones
 * (letter stems) in wide lines; panels, gradients and photos have few strong edges or no
 * square block of them. One pass over a grayscale copy counts strong edges per cell
 * (edge-map.ts); blocks of busy cells that are two-tone and about half dark (tones.ts)
 * become candidates ranked by how QR-like their shape is. Costs ~10 ms at 1080p; each
 * candidate then gets a small, fast jsQR crop instead of a full-frame pass.
 */

/**
 * An otpauth URI needs version 4 or more (33+ modules); at the 1 px a module that the
 * grayscale copy may have, that is 4 cells.
 */
const MIN_CELLS_ACROSS = 4;
const MIN_SCORE = 0.15;

export interface Candidate {
  /** In the grayscale image's pixels. */
  readonly rect: Rect;
  /** 0..1: fill x squareness x edge balance. */
  readonly score: number;
}

/** The best `limit` QR-like blocks of `gray`, most promising first. */
export function findCandidates(gray: GrayImage, limit: number): Candidate[] {
  const edges = edgeMap(gray);
  const busy = markBusyCells(edges);
  // Blocks as they are, and their eroded cores (see erode): each view rescues codes the
  // other loses (big modules leave holes that erosion widens; touching text merges).
  const candidates = [
    ...candidatesOf(gray, edges, erode(busy, edges.columns, edges.rows), 1),
    ...candidatesOf(gray, edges, busy, 0),
  ].sort((a, b) => b.score - a.score);
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    if (kept.length === limit) break;
    if (!kept.some((other) => mostlyOverlapping(candidate.rect, other.rect))) kept.push(candidate);
  }
  return kept;
}

/** Blocks of `cells` (consumed) that could be a code; `eroded` cells are grown back. */
function candidatesOf(
  gray: GrayImage,
  edges: EdgeMap,
  cells: Uint8Array,
  eroded: 0 | 1,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const block of blocksOf(cells, edges)) {
    const across = block.maxX - block.minX + 1 + 2 * eroded;
    const down = block.maxY - block.minY + 1 + 2 * eroded;
    if (across < MIN_CELLS_ACROSS || down < MIN_CELLS_ACROSS) continue;
    const fill = block.cells / ((across - 2 * eroded) * (down - 2 * eroded));
    const squareness = Math.min(across, down) / Math.max(across, down);
    const balance =
      Math.min(block.horizontal, block.vertical) / Math.max(block.horizontal, block.vertical, 1);
    const score = fill * squareness * balance;
    if (score < MIN_SCORE) continue;
    const left = Math.max(0, block.minX - eroded) * CELL_SIZE;
    const top = Math.max(0, block.minY - eroded) * CELL_SIZE;
    const rect = {
      x: left,
      y: top,
      width: Math.min(gray.width, (block.maxX + 1 + eroded) * CELL_SIZE) - left,
      height: Math.min(gray.height, (block.maxY + 1 + eroded) * CELL_SIZE) - top,
    };
    if (looksLikeModules(toneProfile(gray, rect))) candidates.push({ score, rect });
  }
  return candidates;
}

/**
 * Whether `a` and `b` are mostly the same area (intersection over union above 1/2), so
 * decoding both would decode the same pixels twice. A fragment inside a larger block is
 * not: the block may hold the code that the fragment only grazes.
 */
export function mostlyOverlapping(a: Rect, b: Rect): boolean {
  const overlapWidth = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const overlapHeight = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (overlapWidth <= 0 || overlapHeight <= 0) return false;
  const overlap = overlapWidth * overlapHeight;
  return overlap > 0.5 * (a.width * a.height + b.width * b.height - overlap);
}
