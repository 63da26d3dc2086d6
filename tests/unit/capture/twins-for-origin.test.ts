import { describe, expect, it } from 'vitest';
import { twinsForOrigin } from '../../../src/core/vault/stored-twin';
import { addEntry, emptyVault, type EntryDraft, type VaultData } from '../../../src/core/vault';

// A page's QR code is compared only with the accounts bound to that page's origin: a twin
// stored for another site is neither reported to the page nor silently bound to it.
const portal = 'https://portal.net2phone.ca';
const elsewhere = 'https://portal.versature.com';
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const draft = (account: string, origins: readonly string[] = []): EntryDraft => ({
  issuer: 'Sonar',
  account,
  origins,
  params: { type: 'totp', secret, algorithm: 'SHA1', digits: 6, period: 30 },
});
const vaultWith = (...drafts: EntryDraft[]): VaultData =>
  drafts.reduce((vault, next) => addEntry(vault, next).vault, emptyVault());

describe('twinsForOrigin', () => {
  it('finds a twin bound to the asking origin, renamed or not', () => {
    const vault = vaultWith(draft('101@organization.com', [elsewhere, portal]));
    const twins = twinsForOrigin(vault, draft('renamed'), portal);
    expect(twins.here?.account).toBe('101@organization.com');
    expect(twins.elsewhere).toBeUndefined();
  });

  it('keeps a twin bound elsewhere, or nowhere, apart from "already here"', () => {
    for (const origins of [[elsewhere], []]) {
      const vault = vaultWith(draft('101@organization.com', origins));
      const twins = twinsForOrigin(vault, draft('101@organization.com'), portal);
      expect(twins.here).toBeUndefined();
      expect(twins.elsewhere?.origins).toEqual(origins);
    }
  });

  it('prefers the twin bound here when the same key is also stored elsewhere', () => {
    const vault = vaultWith(draft('a', [elsewhere]), draft('b', [portal]));
    expect(twinsForOrigin(vault, draft('a'), portal)).toMatchObject({
      here: { account: 'b' },
      elsewhere: undefined,
    });
  });

  it('finds nothing for a key the vault does not hold', () => {
    const vault = vaultWith(draft('a', [portal]));
    const other = { ...draft('a'), params: { ...draft('a').params, secret: 'GEZDGNBVGY3TQOJQ' } };
    expect(twinsForOrigin(vault, other, portal)).toEqual({ here: undefined, elsewhere: undefined });
  });
});
