import { describe, expect, it } from 'vitest';
import { matchesPattern, MatchPatternError, parseMatchPattern } from '../../src/core/match-pattern';
import { siteProfileFor } from '../../src/sites';

const matches = (pattern: string, url: string) =>
  matchesPattern(parseMatchPattern(pattern), new URL(url));

describe('match patterns', () => {
  it.each([
    ['https://*.net2phone.ca/*', 'https://net2phone.ca/client-login', true],
    ['https://*.net2phone.ca/*', 'https://portal.net2phone.ca/app', true],
    ['https://*.net2phone.ca/*', 'https://a.b.net2phone.ca/', true],
    ['https://*.net2phone.ca/*', 'https://NET2PHONE.CA/', true],
    ['https://*.net2phone.ca/*', 'http://portal.net2phone.ca/', false],
    ['https://*.net2phone.ca/*', 'https://net2phone.ca.evil.com/', false],
    ['https://*.net2phone.ca/*', 'https://evilnet2phone.ca/', false],
    ['https://*.net2phone.ca/*', 'https://net2phone.ca:8443/x', true],
    ['http://127.0.0.1/*', 'http://127.0.0.1:8460/login', true],
    ['http://127.0.0.1:8460/*', 'http://127.0.0.1:8461/login', false],
    ['https://a.com/app/*', 'https://a.com/app/x', true],
    ['https://a.com/app/*', 'https://a.com/other', false],
    ['*://a.com/*', 'https://a.com/', true],
    ['*://a.com/*', 'ftp://a.com/', false],
  ])('%s vs %s -> %s', (pattern, url, expected) => {
    expect(matches(pattern, url)).toBe(expected);
  });

  it.each([
    '',
    'net2phone.ca',
    'https://',
    'https://*net2phone.ca/*',
    'https://a.com',
    'chrome://x/*',
  ])('rejects %j with a typed error', (pattern) => {
    expect(() => parseMatchPattern(pattern)).toThrow(MatchPatternError);
  });
});

describe('site profiles', () => {
  it('recognises Sonar host names', () => {
    expect(siteProfileFor('https://portal.net2phone.ca/login')?.id).toBe('sonar');
    expect(siteProfileFor('https://sonar.versature.com/')?.id).toBe('sonar');
  });

  it('recognises the demo portal on loopback (demo builds only)', () => {
    expect(siteProfileFor('http://127.0.0.1:8460/login')?.id).toBe('demo-portal');
  });

  it.each([
    'https://net2phone.ca.example.com/',
    'https://example.com/',
    'not a url',
    'http://portal.net2phone.ca/',
  ])('does not match %s', (url) => {
    expect(siteProfileFor(url)).toBeNull();
  });
});
