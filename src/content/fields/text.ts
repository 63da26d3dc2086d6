/**
 * Keyword matching that survives the many ways a page spells the same words:
 * camelCase and snake_case attributes, accents, punctuation. Two forms of each text:
 * - `words`: lowercase words without accents, space-separated and padded, so a keyword
 *   matches whole words only ("pin" is not in "shipping", "otp" is not in "footprint");
 * - `compact`: the same words glued together, so long keywords also match run-together
 *   attribute values ("verificationcode", "codedeverification"), as Proton Pass does.
 */

export interface NormalizedText {
  readonly words: string;
  readonly compact: string;
}

export interface Keyword {
  readonly source: string;
  readonly words: string;
  readonly compact: string;
  /** Short Latin keywords match whole words only; long or non-Latin ones also run-together. */
  readonly matchesCompact: boolean;
}

const COMPACT_MIN_LENGTH = 5;
const EMPTY: NormalizedText = { words: ' ', compact: '' };

export function normalizeText(raw: string): NormalizedText {
  if (raw === '') return EMPTY;
  const tokens = raw
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== '');
  return { words: ` ${tokens.join(' ')} `, compact: tokens.join('') };
}

export function compileKeywords(sources: readonly string[]): readonly Keyword[] {
  return sources.map((source) => {
    const { words, compact } = normalizeText(source);
    return {
      source,
      words,
      compact,
      // eslint-disable-next-line no-control-regex -- "any non-ASCII character" is the point here
      matchesCompact: compact.length >= COMPACT_MIN_LENGTH || /[^\x00-\x7f]/.test(compact),
    };
  });
}

export function keywordIn(text: NormalizedText, keyword: Keyword): boolean {
  if (keyword.compact === '') return false;
  return (
    text.words.includes(keyword.words) ||
    (keyword.matchesCompact && text.compact.includes(keyword.compact))
  );
}

/** The first keyword found in any of the texts, or null. */
export function findKeyword(
  texts: readonly NormalizedText[],
  keywords: readonly Keyword[],
): Keyword | null {
  for (const keyword of keywords) {
    if (texts.some((text) => keywordIn(text, keyword))) return keyword;
  }
  return null;
}
