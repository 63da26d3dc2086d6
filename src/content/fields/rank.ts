import { collectRoots, type SearchRoot } from './composed';
import { LabelIndex } from './descriptors';
import { exclusionReason } from './exclusions';
import { groupLabels } from './group-labels';
import type { FieldHints } from './hint-score';
import { scoreField, type FieldScore, type ScoreOptions } from './score';
import { EXCLUDED_SCORE } from './score-sheet';
import { findSegmentGroups, type SegmentGroup } from './segmented';
import { inputsWorthScoring } from './worth-scoring';
import { DEFAULT_MIN_SCORE, SEGMENT_COUNT, WEIGHTS } from './weights';

export interface RankOptions {
  readonly hints?: FieldHints;
  readonly near?: Element;
  readonly minScore?: number;
  /**
   * `root` and its open shadow roots, when the caller has just collected them: on a
   * 5,000-element page that walk is about half a millisecond, too much to do twice.
   */
  readonly trees?: readonly SearchRoot[];
}

export interface RankedField extends FieldScore {
  readonly kind: 'single' | 'segmented';
  readonly inputs: readonly HTMLInputElement[];
}

/**
 * Every plausible code field under `root` (open shadow roots included), best first, at or
 * above the minimum score. Only `input` elements are looked at, and only their
 * attributes and nearby text: no layout or computed style here, so a 5,000-element page with
 * a handful of inputs costs a handful of scorings.
 */
export function rankCodeFields(root: SearchRoot, options: RankOptions = {}): RankedField[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const ranked: RankedField[] = [];
  const scoring = { ...options, labels: new LabelIndex() };
  for (const tree of options.trees ?? collectRoots(root)) {
    const inputs = Array.from(tree.querySelectorAll('input'));
    const groups = findSegmentGroups(inputs);
    const grouped = new Set(groups.flatMap((group) => group.inputs));
    for (const group of groups) {
      ranked.push({ kind: 'segmented', inputs: group.inputs, ...scoreGroup(group, scoring) });
    }
    const worth = mayPruneInputs(options, minScore)
      ? inputsWorthScoring(tree, inputs, options.hints)
      : null;
    for (const input of inputs) {
      if (grouped.has(input) || (worth && !worth.has(input))) continue;
      if (exclusionReason(input) !== null) continue;
      ranked.push({ kind: 'single', inputs: [input], ...scoreField(input, scoring) });
    }
  }
  // Array.prototype.sort is stable: equal scores keep document order.
  return ranked.filter((field) => field.score >= minScore).sort((a, b) => b.score - a.score);
}

/**
 * An input left out by worth-scoring.ts has no signal but weak keywords; that is safe to skip
 * only when weak keywords (plus the QR code's nearness, when given) cannot reach `minScore`.
 */
function mayPruneInputs(options: RankOptions, minScore: number): boolean {
  const near = options.near ? WEIGHTS.nearAfter + WEIGHTS.nearScope : 0;
  return WEIGHTS.ownWeakKeyword + WEIGHTS.contextWeakKeyword + near < minScore;
}

/** The best-looking box speaks for the group, plus a bonus for being a group of 4 to 8. */
export function scoreGroup(group: SegmentGroup, options: ScoreOptions = {}): FieldScore {
  const labels = groupLabels(group.container);
  let best: FieldScore = { score: EXCLUDED_SCORE, reasons: [] };
  for (const box of group.inputs) {
    const score = scoreField(box, { ...options, segment: true, groupLabels: labels });
    if (score.score > best.score) best = score;
  }
  const bonus =
    group.inputs.length === SEGMENT_COUNT.typical ? WEIGHTS.segmentedSix : WEIGHTS.segmentedOther;
  return { score: best.score + bonus, reasons: ['segmented', ...best.reasons] };
}
