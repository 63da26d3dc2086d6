import type { AccountView } from '../../../src/shared/model/vault';

/** A TOTP account as the popup gets it, for tests of the popup's lists. */
export function accountView(id: string, issuer: string, account: string): AccountView {
  return {
    id,
    issuer,
    account,
    type: 'totp',
    digits: 6,
    period: 30,
    origins: [],
    siteId: null,
    note: '',
    boundToActiveTab: false,
    standby: null,
  };
}
