import { describe, expect, it } from 'vitest';
import { checkNewPortal } from '../../../src/core/portals/new-portal-check';
import { coveringPattern } from '../../../src/core/portals/portal-overlap';
import { sonar } from '../../../src/sites/sonar';

// Issue 5: what the options page refuses before it asks the browser for a permission.
const builtIn = [{ name: sonar.name, matches: sonar.matches }];
const mine = (patterns: string[]) =>
  patterns.map((pattern) => ({ pattern, addedAt: 1, granted: true }));

describe('checkNewPortal', () => {
  it('passes a new address with its pattern', () => {
    expect(checkNewPortal('portal.example.com', { builtIn, portals: [] })).toEqual({
      ok: true,
      pattern: 'https://portal.example.com/*',
      risks: [],
    });
  });

  it('passes on the address problem', () => {
    expect(checkNewPortal('*.com', { builtIn, portals: [] })).toMatchObject({
      ok: false,
      problem: 'too-broad',
    });
  });

  it('says when the address is already one of the user portals', () => {
    const current = { builtIn, portals: mine(['https://portal.example.com/*']) };
    expect(checkNewPortal('https://portal.example.com/login', current)).toEqual({
      ok: false,
      problem: 'duplicate',
      pattern: 'https://portal.example.com/*',
    });
  });

  it('names the built-in profile that already covers an address', () => {
    expect(checkNewPortal('my.net2phone.ca', { builtIn, portals: [] })).toEqual({
      ok: false,
      problem: 'covered',
      pattern: 'https://my.net2phone.ca/*',
      by: { owner: sonar.name, pattern: 'https://*.net2phone.ca/*' },
    });
    // The bare domain is covered too: `*.` in a match pattern includes the domain itself.
    expect(checkNewPortal('net2phone.ca', { builtIn, portals: [] })).toMatchObject({
      problem: 'covered',
    });
  });

  it('says which of the user portals covers an address', () => {
    const current = { builtIn, portals: mine(['https://*.example.com/*']) };
    expect(checkNewPortal('a.b.example.com', current)).toMatchObject({
      problem: 'covered',
      by: { owner: null, pattern: 'https://*.example.com/*' },
    });
  });

  it('lets a wider pattern in over a narrower one, and leaves unrelated sites alone', () => {
    const current = { builtIn, portals: mine(['https://portal.example.com/*']) };
    expect(checkNewPortal('*.example.com', current).ok).toBe(true);
    expect(checkNewPortal('example.org', current).ok).toBe(true);
    expect(checkNewPortal('notnet2phone.ca', current).ok).toBe(true);
  });
});

describe('coveringPattern', () => {
  const candidate = (pattern: string) => ({ owner: null, pattern });

  it('needs the scheme, every port and every path to be covered', () => {
    const inner = 'https://portal.example.com/*';
    expect(coveringPattern(inner, [candidate('*://portal.example.com/*')])).not.toBeNull();
    expect(coveringPattern(inner, [candidate('http://portal.example.com/*')])).toBeNull();
    expect(coveringPattern(inner, [candidate('https://portal.example.com:8443/*')])).toBeNull();
    expect(coveringPattern(inner, [candidate('https://portal.example.com/app/*')])).toBeNull();
    expect(coveringPattern(inner, [candidate('https://*/*')])).not.toBeNull();
  });

  it('ignores a malformed candidate', () => {
    expect(coveringPattern('https://a.example.com/*', [candidate('not a pattern')])).toBeNull();
  });

  it('covers a wildcard only with a wildcard at or above it', () => {
    const inner = 'https://*.a.example.com/*';
    expect(coveringPattern(inner, [candidate('https://a.example.com/*')])).toBeNull();
    expect(coveringPattern(inner, [candidate('https://*.example.com/*')])).not.toBeNull();
    expect(coveringPattern(inner, [candidate('https://*.b.example.com/*')])).toBeNull();
  });
});
