import { describe, expect, it } from 'vitest';
import { describePortalPattern, userPortalProfile } from '../../../src/sites/user-portal';

// Issue 5: the profile of a portal the user added, and how its address reads.
describe('userPortalProfile', () => {
  it('covers exactly its pattern, with generic hints and no notices', () => {
    const profile = userPortalProfile('https://*.example.com/*');
    expect(profile.matches).toEqual(['https://*.example.com/*']);
    expect(profile.name).toBe('*.example.com');
    expect(profile.notices).toEqual({});
    expect(profile.signIn.codeFieldSelectors).toContain('input[autocomplete="one-time-code"]');
    expect(profile.enrollment.codeFieldLabels).toEqual(
      expect.arrayContaining(['verification code', 'code de vérification']),
    );
  });
});

describe('describePortalPattern', () => {
  it.each([
    ['https://portal.example.com/*', 'portal.example.com'],
    ['https://*.example.com/*', '*.example.com'],
    ['http://localhost/*', 'http://localhost'],
    ['*://odd.example/*', '*://odd.example/*'],
  ])('%s reads as %s', (pattern, text) => {
    expect(describePortalPattern(pattern)).toBe(text);
  });
});
