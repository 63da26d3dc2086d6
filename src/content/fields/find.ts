import type { SearchRoot } from './composed';
import { isFillable } from './fillable';
import { browserGeometry, type Geometry } from './geometry';
import { rankCodeFields, type RankOptions } from './rank';
import { segmentedTarget, singleTarget, type CodeTarget } from './target';

export interface FindOptions extends RankOptions {
  /** Layout access; unit tests pass their own (happy-dom has no layout), see geometry.ts. */
  readonly geometry?: Geometry;
}

/**
 * The page's one-time-code field (enrollment, sign-in), or null.
 * Site-profile hints (selectors and label texts) and the `near` element (the QR code) weigh
 * most, then the generic signals; exclusions and negative signals hold whatever the hints say.
 * Only the best candidates are checked for visibility, in rank order, and the first visible
 * one wins (DESIGN 4.5: an invisible field never gets a code).
 */
export function findCodeField(root: SearchRoot, options: FindOptions = {}): CodeTarget | null {
  const geometry = options.geometry ?? browserGeometry;
  for (const field of rankCodeFields(root, options)) {
    const [first] = field.inputs;
    if (!first) continue;
    const target = field.kind === 'single' ? singleTarget(first) : segmentedTarget(field.inputs);
    if (isFillable(target, geometry)) return target;
  }
  return null;
}
