/**
 * The popup's instant search, the same rule as core's `searchEntries` (src/core/vault/search.ts):
 * every word of the query must appear in issuer or account name, ignoring case and accents, so
 * "sonar 101" and "Sonar" both find "Sonar 101@organization.com". Kept here rather than shared
 * because the popup filters `AccountView`s, not vault entries, and core stays untouched.
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

/** `haystack` must already be `searchable`: it is computed once per account, not per keystroke. */
export function matchesWords(haystack: string, words: readonly string[]): boolean {
  return words.every((word) => haystack.includes(word));
}

export function accountHaystack(account: { readonly issuer: string; readonly account: string }) {
  return searchable(`${account.issuer} ${account.account}`);
}
