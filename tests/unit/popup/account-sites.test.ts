import { describe, expect, it } from 'vitest';
import {
  offerableSite,
  sitesChanged,
  withoutSite,
  withSite,
} from '../../../src/popup/logic/pending-sites';
import { siteName } from '../../../src/popup/logic/site-name';

describe('siteName', () => {
  it('is the host, with the scheme only when it is not https', () => {
    expect(siteName('https://portal.net2phone.ca')).toBe('portal.net2phone.ca');
    expect(siteName('https://portal.example.com:8443')).toBe('portal.example.com:8443');
    expect(siteName('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
  });
});

describe('the edit form’s sites', () => {
  const sites = ['https://portal.net2phone.ca', 'https://login.net2phone.ca'];

  it('removes one, and adds one once', () => {
    expect(withoutSite(sites, 'https://portal.net2phone.ca')).toEqual([
      'https://login.net2phone.ca',
    ]);
    expect(withSite(sites, 'https://x.versature.com')).toEqual([
      ...sites,
      'https://x.versature.com',
    ]);
    expect(withSite(sites, 'https://login.net2phone.ca')).toBe(sites);
  });

  it('offers the active tab’s site only when it is known and not listed', () => {
    expect(offerableSite(sites, 'https://x.versature.com')).toBe('https://x.versature.com');
    expect(offerableSite(sites, 'https://login.net2phone.ca')).toBeNull();
    expect(offerableSite(sites, null)).toBeNull();
  });

  it('tells a changed list from the stored one, whatever the order', () => {
    expect(sitesChanged(sites, [...sites].reverse())).toBe(false);
    expect(sitesChanged(sites, sites.slice(1))).toBe(true);
    expect(sitesChanged(sites.slice(1), ['https://portal.net2phone.ca'])).toBe(true);
  });
});
