/**
 * Instant search on issuer and account name: every word of the query must appear in either,
 * ignoring case and accents, so "sonar 101" and "Sonar" both find "Sonar 101@organization.com".
 * The popup filters its account views with these functions.
 */

/** Lower case, accents stripped, spaces collapsed: the form both sides are compared in. */
export function searchable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim();
}

export function searchWords(query: string): readonly string[] {
  return searchable(query).split(' ').filter(Boolean);
}

/** `haystack` must already be `searchable`: a list computes it once per account, not per key. */
export function matchesWords(haystack: string, words: readonly string[]): boolean {
  return words.every((word) => haystack.includes(word));
}

export function accountHaystack(account: {
  readonly issuer: string;
  readonly account: string;
}): string {
  return searchable(`${account.issuer} ${account.account}`);
}
