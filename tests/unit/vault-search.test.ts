import { describe, expect, it } from 'vitest';
import { accountHaystack, matchesWords, searchWords } from '../../src/core/vault/search';

function matches(query: string, issuer: string, account: string) {
  return matchesWords(accountHaystack({ issuer, account }), searchWords(query));
}

describe('account search (core, the popup filters with it)', () => {
  it('finds by issuer, account, or words of both, in any case', () => {
    expect(matches('sonar', 'Sonar', '101@organization.com')).toBe(true);
    expect(matches('SONAR 101', 'Sonar', '101@organization.com')).toBe(true);
    expect(matches('101 sonar', 'Sonar', '101@organization.com')).toBe(true);
    expect(matches('organization', 'Sonar', '101@organization.com')).toBe(true);
  });

  it('ignores accents on either side', () => {
    expect(matches('quebec', 'Québec', 'marie')).toBe(true);
    expect(matches('QUÉBEC', 'Quebec', 'marie')).toBe(true);
  });

  it('needs every word to match', () => {
    expect(matches('sonar github', 'Sonar', '101@organization.com')).toBe(false);
    expect(matches('102', 'Sonar', '101@organization.com')).toBe(false);
  });

  it('matches everything with an empty or blank query', () => {
    expect(searchWords('   ')).toEqual([]);
    expect(matches('', 'Sonar', '101')).toBe(true);
  });

  it('does not match across the issuer/account boundary without the space', () => {
    expect(matches('sonar101', 'Sonar', '101')).toBe(false);
  });
});
