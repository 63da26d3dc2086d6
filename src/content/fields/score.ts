import { ownTexts, type LabelIndex } from './descriptors';
import { exclusionReason } from './exclusions';
import { hasOneTimeCodeAutocomplete, scoreFormat } from './format-score';
import { scoreHints, scoreNear, type FieldHints } from './hint-score';
import { scoreKeywords } from './keyword-score';
import { precedingText } from './preceding-text';
import { excludedScore, ScoreSheet, type FieldScore } from './score-sheet';
import { normalizeText, type NormalizedText } from './text';

export type { FieldScore } from './score-sheet';

export interface ScoreOptions {
  readonly hints?: FieldHints;
  /** The element the code belongs to, e.g. the enrollment QR code. */
  readonly near?: Element;
  /** Scoring one box of a segmented group: its one-character maxlength is expected. */
  readonly segment?: boolean;
  /** Labels of an enclosing group (segmented boxes), counted as the field's own. */
  readonly groupLabels?: readonly string[];
  /** Shared by one ranking pass over many inputs (descriptors.ts says why). */
  readonly labels?: LabelIndex;
}

/**
 * How much an input looks like the place for a one-time code, with the reasons.
 * Pure reading of the DOM: no layout, no computed style (visibility is checked separately,
 * and only for the best candidates, see find.ts).
 */
export function scoreField(input: HTMLInputElement, options: ScoreOptions = {}): FieldScore {
  const segment = options.segment ?? false;
  const excluded = exclusionReason(input, segment);
  if (excluded) return excludedScore(excluded);

  const own = [
    ...ownTexts(input, options.labels),
    ...(options.groupLabels ?? []).map(normalizeText),
  ];
  const context = contextTexts(input);
  const sheet = new ScoreSheet();
  const { ownStrong } = scoreKeywords(sheet, own, context);
  // A password field is a code field only when it says so (some sites mask the code).
  if (input.type === 'password' && !ownStrong && !hasOneTimeCodeAutocomplete(input)) {
    return excludedScore('excluded:password');
  }
  scoreFormat(sheet, input, segment);
  if (options.hints) scoreHints(sheet, input, options.hints, [...own, ...context]);
  if (options.near) scoreNear(sheet, input, options.near);
  return sheet.result();
}

/** Text before the field, and the enclosing form's own names ("/sessions/two-factor"). */
function contextTexts(input: HTMLInputElement): NormalizedText[] {
  const texts = [normalizeText(precedingText(input))];
  const form = input.form;
  if (form) {
    for (const attribute of ['id', 'name', 'class', 'aria-label']) {
      texts.push(normalizeText(form.getAttribute(attribute) ?? ''));
    }
    // The action's path only: a host name ("coupon-shop.example") says nothing of the field.
    const action = form.getAttribute('action') ?? '';
    texts.push(normalizeText(action.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '')));
  }
  return texts;
}
