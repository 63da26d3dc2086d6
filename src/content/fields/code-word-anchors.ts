import { vocabulary } from '../vocabulary';

/**
 * A quick, conservative test for "this text may name a one-time code" (the content
 * script's cost on big pages). Each strong keyword and each site-profile label is reduced to
 * one anchor: its words folded (accents, case) and run together, "one-time code" ->
 * "onetimecode". A text passes when, folded the same way, it contains an anchor. Any text in
 * which text.ts finds such a keyword passes (tests/unit/fields/code-word-anchors.test.ts
 * checks every keyword and label we ship); passing only means "score it fully". Plain string
 * work on purpose: the Unicode property regexes text.ts needs cost about 1 ms to compile and
 * 15 us a call in a fresh content-script world.
 */
export interface CodeWordAnchors {
  test(raw: string): boolean;
  /** `raw` folded for matching; folding pieces one by one and joining them folds the whole. */
  fold(raw: string): string;
  /** Where each match in a folded text ends (one per start position). */
  matchEnds(folded: string): number[];
}

/** Separators: ASCII punctuation and spaces, Latin-1 punctuation, general and CJK punctuation. */
const SEPARATORS =
  // eslint-disable-next-line no-control-regex -- control characters separate words too
  /[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u3000-\u303f]+/g;
/** The marks NFD splits off Latin letters and Japanese kana, which text.ts drops. */
const MARKS = /[\u0300-\u036f\u3099\u309a]/g;
// eslint-disable-next-line no-control-regex -- "any non-ASCII character" is the point here
const NON_ASCII = /[^\x00-\x7f]/;

const byLabels = new WeakMap<readonly string[], CodeWordAnchors>();

/** The strong keywords' anchors, plus those of a site profile's code-field labels. */
export function codeWordAnchors(labels: readonly string[] = []): CodeWordAnchors {
  let anchors = byLabels.get(labels);
  if (!anchors) {
    // Folding drops every ASCII punctuation mark: an anchor has nothing to escape.
    const extra = labels.map(anchorOf).filter((anchor) => anchor !== '');
    const source = [vocabulary().strongAnchorPattern, ...extra].join('|');
    const pattern = new RegExp(source);
    anchors = {
      test: (raw) => pattern.test(fold(raw)),
      fold,
      matchEnds(folded) {
        const global = new RegExp(source, 'g');
        const ends: number[] = [];
        for (let match = global.exec(folded); match; match = global.exec(folded)) {
          ends.push(match.index + match[0].length);
          global.lastIndex = match.index + 1;
        }
        return ends;
      },
    };
    byLabels.set(labels, anchors);
  }
  return anchors;
}

/** A keyword's words, folded and run together: whole, so that "time" alone never passes. */
export function anchorOf(keyword: string): string {
  return fold(keyword).toLowerCase();
}

/**
 * Accents and case folded as text.ts folds them, separators dropped. Lower case rather than
 * the `i` flag: compiling the pattern case-insensitive costs more in a fresh content-script
 * world than lowering a page's whole text.
 */
function fold(raw: string): string {
  const folded = NON_ASCII.test(raw) ? raw.normalize('NFD').replace(MARKS, '') : raw;
  return folded.toLowerCase().replace(SEPARATORS, '');
}
