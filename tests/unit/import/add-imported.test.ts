import { describe, expect, it } from 'vitest';
import { addImported } from '../../../src/background/import/add-imported';
import { emptyVault, addEntry, type EntryDraft } from '../../../src/core/vault';

// Issue 5: "adds the accounts, skipping duplicates (say how many were already there), in one
// vault write".
const draft = (secret: string, account: string): EntryDraft => ({
  issuer: 'Example',
  account,
  params: { type: 'totp', secret, algorithm: 'SHA1', digits: 6, period: 30 },
});
const alice = draft('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 'alice');
const bob = draft('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 'bob');

describe('addImported', () => {
  it('adds every new account, in order, with the binding it was given', () => {
    const bound = { ...alice, origins: ['https://example.com'], siteId: null };
    const result = addImported(emptyVault(), [bound, bob]);
    expect(result.vault.entries.map((entry) => entry.account)).toEqual(['alice', 'bob']);
    expect(result.vault.entries[0]?.origins).toEqual(['https://example.com']);
    expect(result.addedIds).toEqual(result.vault.entries.map((entry) => entry.id));
    expect(result.alreadyStored).toBe(0);
  });

  it('skips and counts accounts already stored, even renamed since', () => {
    const stored = addEntry(emptyVault(), { ...alice, account: 'alice (work)' }).vault;
    const result = addImported(stored, [alice, bob]);
    expect(result.vault.entries.map((entry) => entry.account)).toEqual(['alice (work)', 'bob']);
    expect(result.addedIds).toHaveLength(1);
    expect(result.alreadyStored).toBe(1);
  });

  it('counts an account repeated within the import once added', () => {
    const result = addImported(emptyVault(), [alice, alice]);
    expect(result.vault.entries).toHaveLength(1);
    expect(result.alreadyStored).toBe(1);
  });

  it('leaves its input untouched and throws for an account that cannot be stored', () => {
    const vault = emptyVault();
    expect(() => addImported(vault, [bob, { ...alice, issuer: '', account: '' }])).toThrow();
    expect(vault.entries).toEqual([]);
  });
});
