import { collectRoots, type SearchRoot } from './composed';
import { exclusionReason } from './exclusions';
import { groupLabels } from './group-labels';
import type { FieldHints } from './hint-score';
import { scoreField, type FieldScore } from './score';
import { EXCLUDED_SCORE } from './score-sheet';
import { findSegmentGroups, type SegmentGroup } from './segmented';
import { DEFAULT_MIN_SCORE, SEGMENT_COUNT, WEIGHTS } from './weights';

export interface RankOptions {
  readonly hints?: FieldHints;
  readonly near?: Element;
  readonly minScore?: number;
}

export interface RankedField extends FieldScore {
  readonly kind: 'single' | 'segmented';
  readonly inputs: readonly HTMLInputElement[];
}

/**
 * Every plausible code field under `root` (open shadow roots included), best first, at or
 * above the minimum score (issue 6). Only `input` elements are looked at, and only their
 * attributes and nearby text: no layout or computed style here, so a 5,000-element page with
 * a handful of inputs costs a handful of scorings.
 */
export function rankCodeFields(root: SearchRoot, options: RankOptions = {}): RankedField[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const ranked: RankedField[] = [];
  for (const tree of collectRoots(root)) {
    const inputs = Array.from(tree.querySelectorAll('input'));
    const groups = findSegmentGroups(inputs);
    const grouped = new Set(groups.flatMap((group) => group.inputs));
    for (const group of groups) {
      ranked.push({ kind: 'segmented', inputs: group.inputs, ...scoreGroup(group, options) });
    }
    for (const input of inputs) {
      if (grouped.has(input) || exclusionReason(input) !== null) continue;
      ranked.push({ kind: 'single', inputs: [input], ...scoreField(input, options) });
    }
  }
  // Array.prototype.sort is stable: equal scores keep document order.
  return ranked.filter((field) => field.score >= minScore).sort((a, b) => b.score - a.score);
}

/** The best-looking box speaks for the group, plus a bonus for being a group of 4 to 8. */
export function scoreGroup(group: SegmentGroup, options: RankOptions = {}): FieldScore {
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
