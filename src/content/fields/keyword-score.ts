import type { ScoreSheet } from './score-sheet';
import { compileKeywords, findKeyword, type NormalizedText } from './text';
import { WEIGHTS } from './weights';
import { vocabulary } from '../vocabulary';

/**
 * Words for and against a one-time-code field, weighed by where they appear: the
 * field's own name/label counts fully, the text before it counts less (a "mobile device"
 * in Microsoft's "app on your mobile device" must not sink an authenticator field).
 */

/** Compiled on first use: most pages a content script runs on never score a field. */
let compiled: ReturnType<typeof compileAll> | null = null;

function compileAll() {
  const { strongKeywords, weakKeywords, negativeSignals } = vocabulary();
  return {
    STRONG: compileKeywords(strongKeywords),
    WEAK: compileKeywords(weakKeywords),
    NEGATIVES: negativeSignals.map((signal) => ({
      ...signal,
      compiled: compileKeywords(signal.keywords),
    })),
  };
}

/** Adds keyword points; says whether the field's own texts name a one-time code outright. */
export function scoreKeywords(
  sheet: ScoreSheet,
  own: readonly NormalizedText[],
  context: readonly NormalizedText[],
): { readonly ownStrong: boolean } {
  compiled ??= compileAll();
  const { STRONG, WEAK, NEGATIVES } = compiled;
  const ownStrong = findKeyword(own, STRONG) !== null;
  if (ownStrong) sheet.add(WEIGHTS.ownStrongKeyword, 'kw-strong');
  else if (findKeyword(own, WEAK)) sheet.add(WEIGHTS.ownWeakKeyword, 'kw-weak');

  if (findKeyword(context, STRONG)) sheet.add(WEIGHTS.contextStrongKeyword, 'ctx-strong');
  else if (findKeyword(context, WEAK)) sheet.add(WEIGHTS.contextWeakKeyword, 'ctx-weak');

  for (const signal of NEGATIVES) {
    if (signal.yieldsToStrong && ownStrong) continue;
    if (findKeyword(own, signal.compiled)) sheet.add(-signal.own, `neg:${signal.reason}`);
    else if (findKeyword(context, signal.compiled)) {
      sheet.add(-signal.context, `ctx-neg:${signal.reason}`);
    }
  }
  return { ownStrong };
}
