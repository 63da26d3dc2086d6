import type { VaultData, VaultEntry } from './entry';

/**
 * Instant search on issuer and account name (issue 4 relies on it): every word of the query
 * must appear in either, ignoring case and accents, so "sonar 101" and "Sonar" both find
 * "Sonar 101@organization.com".
 */
export function searchEntries(vault: VaultData, query: string): readonly VaultEntry[] {
  const words = searchable(query).split(' ').filter(Boolean);
  if (words.length === 0) return vault.entries;
  return vault.entries.filter((entry) => {
    const haystack = searchable(`${entry.issuer} ${entry.account}`);
    return words.every((word) => haystack.includes(word));
  });
}

function searchable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim();
}
