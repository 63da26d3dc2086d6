import type { VaultData, VaultEntry } from './entry';

/**
 * Instant search on issuer and account name (issue 4 relies on it): every word of the query
 * must appear in either, ignoring case and accents, so "sonar 101" and "Sonar" both find
 * "Sonar 101@organization.com". The one rule: the popup filters its account views with the
 * same functions, so both lists always agree.
 */
export function searchEntries(vault: VaultData, query: string): readonly VaultEntry[] {
  const words = searchWords(query);
  if (words.length === 0) return vault.entries;
  return vault.entries.filter((entry) => matchesWords(accountHaystack(entry), words));
}

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
