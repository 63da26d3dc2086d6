/**
 * How code-word-anchors.ts's STRONG_ANCHOR_PATTERN is made: one alternation with shared
 * prefixes factored out ("auth(?:code|entica...)"), so the regex engine tries one branch per
 * character of a page's text instead of ninety. Building it costs 2 to 6 ms in a fresh
 * content-script world, so the content script carries the result and
 * tests/unit/fields/code-word-anchors.test.ts checks that it is current.
 */
export function anchorPattern(anchors: readonly string[]): string {
  const groups = new Map<string, string[]>();
  let ends = false;
  for (const anchor of anchors) {
    if (anchor === '') ends = true;
    else groups.set(anchor.charAt(0), [...(groups.get(anchor.charAt(0)) ?? []), anchor.slice(1)]);
  }
  // An anchor that ends here matches already: longer ones sharing its prefix add nothing.
  if (ends) return '';
  const branches = [...groups].map(([first, rests]) => escapeRegExp(first) + anchorPattern(rests));
  return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
