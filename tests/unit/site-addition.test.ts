import { describe, expect, it } from 'vitest';
import { editedSites, judgeSiteAddition } from '../../src/core/site-addition';

// The popup's "Allow on {host}": what a user may add by hand, and what an edit may carry.
describe('judgeSiteAddition', () => {
  const bound = ['https://portal.net2phone.ca'];
  it('allows a secure site that imitates no bound one', () => {
    expect(judgeSiteAddition('https://github.com', bound)).toEqual({ ok: true });
    expect(judgeSiteAddition('http://127.0.0.1:8460', bound)).toEqual({ ok: true });
    expect(judgeSiteAddition('https://login.net2phone.ca', bound)).toEqual({ ok: true });
  });
  it('refuses plain http and look-alikes', () => {
    expect(judgeSiteAddition('http://example.com', bound)).toMatchObject({ reason: 'insecure' });
    expect(judgeSiteAddition('https://net2phone.ca.evil.com', bound)).toMatchObject({
      reason: 'lookalike',
      boundOrigin: 'https://portal.net2phone.ca',
    });
  });
});

describe('editedSites', () => {
  const before = ['https://a.example', 'https://b.example'];
  it('takes fewer sites, and the one the user allowed', () => {
    expect(editedSites(before, ['https://b.example'], null)).toEqual(['https://b.example']);
    expect(editedSites(before, [...before, 'https://c.example'], 'https://c.example')).toEqual([
      ...before,
      'https://c.example',
    ]);
  });
  it('refuses any other site', () => {
    expect(editedSites(before, ['https://c.example'], null)).toBeNull();
    expect(editedSites(before, ['https://d.example'], 'https://c.example')).toBeNull();
  });
});
