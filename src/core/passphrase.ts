/**
 * The passphrase rule, asked by the forms (first run, change of passphrase) and enforced by the
 * worker: one definition, so a passphrase the form accepts is never refused behind it.
 *
 * Length is counted in grapheme clusters (Intl.Segmenter), the characters a person sees and
 * types: "é" is one whether it is stored as one code point or as "e" plus a combining accent,
 * and an emoji with modifiers is one. Code points or UTF-16 units would let a passphrase made
 * of combining marks look long enough while being short to the eye.
 */
export const MIN_PASSPHRASE_LENGTH = 12;

// Grapheme boundaries do not depend on the locale for the default (extended) clusters.
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

export function passphraseLength(passphrase: string): number {
  let count = 0;
  for (const _ of graphemes.segment(passphrase)) count += 1;
  return count;
}

export function isPassphraseLongEnough(passphrase: string): boolean {
  return passphraseLength(passphrase) >= MIN_PASSPHRASE_LENGTH;
}
