import type { VaultEntry } from '../../../../src/core/vault';

/** Vault entries for the fill-on-demand tests (issue 6); the secret is RFC 6238's. */
export const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

export function entry(id: string, origins: readonly string[], issuer = 'Example'): VaultEntry {
  return {
    id,
    issuer,
    account: `${id}@example.com`,
    params: { type: 'totp', secret: SECRET, algorithm: 'SHA1', digits: 6, period: 30 },
    origins,
    siteId: null,
    note: '',
    standby: null,
    createdAt: 0,
    updatedAt: 0,
  };
}
