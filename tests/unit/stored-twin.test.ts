import { describe, expect, it } from 'vitest';
import {
  storedTwin,
  VAULT_SCHEMA_VERSION,
  type EntryDraft,
  type VaultData,
  type VaultEntry,
} from '../../src/core/vault';

// Duplicate detection for captures and imports: one rule in core.
const entry: VaultEntry = {
  id: 'stored',
  issuer: 'Sonar',
  account: '101@organization.com',
  params: { type: 'totp', secret: 'JBSWY3DPEHPK3PXP', algorithm: 'SHA1', digits: 6, period: 30 },
  origins: [],
  siteId: null,
  note: '',
  standby: null,
  createdAt: 0,
  updatedAt: 0,
};
const vault: VaultData = { schemaVersion: VAULT_SCHEMA_VERSION, entries: [entry] };
const draft = (changes: Partial<EntryDraft>): EntryDraft => ({
  issuer: entry.issuer,
  account: entry.account,
  params: entry.params,
  ...changes,
});

describe('storedTwin', () => {
  it('finds the same account, and the same secret under a name the user changed', () => {
    expect(storedTwin(vault, draft({}))).toBe(entry);
    expect(storedTwin(vault, draft({ issuer: 'Renamed', account: 'me' }))).toBe(entry);
  });

  it('finds nothing for another secret', () => {
    const params = { ...entry.params, secret: 'GEZDGNBVGY3TQOJQ' };
    expect(storedTwin(vault, draft({ params }))).toBeUndefined();
  });
});
