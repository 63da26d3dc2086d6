/**
 * One-time-code fields: find the field, re-check it at fill time, fill it.
 * Plain DOM code with no extension APIs, for content scripts' isolated worlds.
 */
export { collectRoots, isShadowRoot, type SearchRoot } from './composed';
export { fillCode, type FillOptions } from './fill';
export { fillProblem, isFillable } from './fillable';
export { findCodeField, type FindOptions } from './find';
export {
  browserGeometry,
  type Box,
  type Geometry,
  type PageFacts,
  type StyleFacts,
} from './geometry';
export type { FieldHints } from './hint-score';
export { rankCodeFields, type RankedField, type RankOptions } from './rank';
export { scoreField, type FieldScore, type ScoreOptions } from './score';
export {
  isStillSameTarget,
  segmentedTarget,
  singleTarget,
  targetInputs,
  type CodeTarget,
} from './target';
export { invisibilityReason } from './visibility';
