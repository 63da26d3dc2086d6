import { beforeEach, describe, expect, it } from 'vitest';
import {
  dropAllGrants,
  dropGrant,
  grantFill,
  GRANT_LIFETIME_MS,
  takeGrant,
} from '../../../../src/background/fill/on-demand/fill-grants';

// Issue 6, DESIGN 4.3-4.4: a gesture grants one code to one tab's top frame on one origin.
const origin = 'https://portal.net2phone.ca';
const top = { tabId: 7, origin, isTopFrame: true };
const grant = { tabId: 7, origin, code: '123456' };

beforeEach(() => {
  dropAllGrants();
});

describe('fill grants', () => {
  it('are taken once, by the top frame of the granted tab on the granted origin', () => {
    grantFill(grant, 0);
    expect(takeGrant({ ...top, isTopFrame: false }, 1)).toBeNull();
    expect(takeGrant({ ...top, tabId: 8 }, 1)).toBeNull();
    expect(takeGrant({ ...top, origin: 'https://portal.net2phone.ca.evil.com' }, 1)).toBeNull();
    expect(takeGrant(top, 1)).toMatchObject({ code: '123456' });
    expect(takeGrant(top, 2)).toBeNull();
  });

  it('lapse after a few seconds', () => {
    grantFill(grant, 0);
    expect(takeGrant(top, GRANT_LIFETIME_MS)).toBeNull();
    grantFill(grant, 0);
    expect(takeGrant(top, GRANT_LIFETIME_MS - 1)).not.toBeNull();
  });

  it('keep only the latest gesture of a tab', () => {
    grantFill(grant, 0);
    grantFill({ ...grant, code: '654321' }, 0);
    expect(takeGrant(top, 1)?.code).toBe('654321');
  });

  it('are gone once dropped, one tab or all (on lock)', () => {
    grantFill(grant, 0);
    dropGrant(7);
    expect(takeGrant(top, 1)).toBeNull();
    grantFill(grant, 0);
    grantFill({ ...grant, tabId: 9 }, 0);
    dropAllGrants();
    expect(takeGrant(top, 1)).toBeNull();
    expect(takeGrant({ ...top, tabId: 9 }, 1)).toBeNull();
  });
});
