import { describe, expect, it } from 'vitest';
import {
  addEntry,
  emptyVault,
  moveEntry,
  parseVault,
  removeEntry,
  serializeVault,
  updateEntry,
  VaultError,
  type EntryDraft,
  type VaultData,
} from '../../src/core/vault';
import { accountHaystack, matchesWords, searchWords } from '../../src/core/vault/search';

const totp = {
  type: 'totp',
  secret: 'JBSWY3DPEHPK3PXP',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
} as const;
const sonar: EntryDraft = {
  issuer: 'Sonar',
  account: '101@organization.com',
  params: totp,
  origins: ['https://portal.net2phone.ca'],
  siteId: 'sonar',
};

function vaultWith(...drafts: EntryDraft[]): VaultData {
  return drafts.reduce(
    (vault, draft, index) =>
      addEntry(vault, draft, { now: 1_000 + index, id: `id-${index}` }).vault,
    emptyVault(),
  );
}

function errorOf(action: () => unknown): VaultError {
  try {
    action();
  } catch (error) {
    if (error instanceof VaultError) return error;
    throw error;
  }
  throw new Error('expected a VaultError');
}

describe('vault entries', () => {
  it('adds an entry with an id, timestamps and defaults, leaving the old vault untouched', () => {
    const before = emptyVault();
    const { vault, entry } = addEntry(
      before,
      { ...sonar, params: { ...totp, secret: 'jbsw y3dp ehpk 3pxp' } },
      { now: 5, id: 'a' },
    );
    expect(before.entries).toEqual([]);
    expect(vault.entries).toEqual([entry]);
    expect(entry).toEqual({
      id: 'a',
      issuer: 'Sonar',
      account: '101@organization.com',
      params: totp,
      origins: ['https://portal.net2phone.ca'],
      siteId: 'sonar',
      note: '',
      standby: null,
      createdAt: 5,
      updatedAt: 5,
    });
  });

  it('gives random ids by default', () => {
    const first = addEntry(emptyVault(), sonar).entry.id;
    const second = addEntry(emptyVault(), sonar).entry.id;
    expect(first).not.toBe(second);
  });

  it.each([
    ['the same secret, issuer and account', { ...sonar }],
    [
      'the same in other case and spacing',
      {
        ...sonar,
        issuer: ' sonar ',
        account: '101@ORGANIZATION.COM',
        params: { ...totp, secret: 'jbswy3dpehpk3pxp' },
      },
    ],
  ])('detects a duplicate: %s', (_label, draft) => {
    const error = errorOf(() => addEntry(vaultWith(sonar), draft));
    expect(error.code).toBe('duplicate');
    expect(error.entryId).toBe('id-0');
  });

  it('accepts the same secret under another account name', () => {
    expect(
      addEntry(vaultWith(sonar), { ...sonar, account: '102@organization.com' }).vault.entries,
    ).toHaveLength(2);
  });

  it.each<[string, Partial<EntryDraft>]>([
    ['an invalid secret', { params: { ...totp, secret: 'not base32!' } }],
    ['a secret too short', { params: { ...totp, secret: 'JBSWY3DP' } }],
    ['9 digits', { params: { ...totp, digits: 9 } }],
    ['a zero period', { params: { ...totp, period: 0 } }],
    [
      'a negative HOTP counter',
      { params: { type: 'hotp', secret: totp.secret, algorithm: 'SHA1', digits: 6, counter: -1 } },
    ],
    ['no issuer and no account', { issuer: ' ', account: '' }],
    ['an origin that is a URL, not an origin', { origins: ['https://portal.net2phone.ca/login'] }],
    ['an overlong issuer', { issuer: 'x'.repeat(257) }],
  ])('refuses %s with a readable message', (_label, change) => {
    const error = errorOf(() => addEntry(emptyVault(), { ...sonar, ...change }));
    expect(error.code).toBe('invalid-entry');
    expect(error.message).toMatch(/^This account cannot be saved: .+\.$/);
    expect(error.message).not.toContain(totp.secret);
  });

  it('updates fields and the update time, keeping id and creation time', () => {
    const vault = updateEntry(
      vaultWith(sonar),
      'id-0',
      { issuer: 'Sonar (office)', note: 'front desk' },
      { now: 9 },
    );
    expect(vault.entries[0]).toMatchObject({
      id: 'id-0',
      issuer: 'Sonar (office)',
      note: 'front desk',
      createdAt: 1000,
      updatedAt: 9,
    });
  });

  it('refuses an update that would duplicate another entry', () => {
    const vault = vaultWith(sonar, { ...sonar, account: '102@organization.com' });
    expect(
      errorOf(() => updateEntry(vault, 'id-1', { account: '101@organization.com' })).code,
    ).toBe('duplicate');
  });

  it('removes an entry, and says when an id is unknown', () => {
    expect(removeEntry(vaultWith(sonar), 'id-0').entries).toEqual([]);
    expect(errorOf(() => removeEntry(vaultWith(sonar), 'nope')).code).toBe('not-found');
  });

  it('reorders entries, clamping the target index', () => {
    const vault = vaultWith(sonar, { ...sonar, account: 'b' }, { ...sonar, account: 'c' });
    const ids = (data: VaultData) => data.entries.map((entry) => entry.id);
    expect(ids(moveEntry(vault, 'id-2', 0))).toEqual(['id-2', 'id-0', 'id-1']);
    expect(ids(moveEntry(vault, 'id-0', 1))).toEqual(['id-1', 'id-0', 'id-2']);
    expect(ids(moveEntry(vault, 'id-0', 99))).toEqual(['id-1', 'id-2', 'id-0']);
    expect(ids(moveEntry(vault, 'id-1', -5))).toEqual(['id-1', 'id-0', 'id-2']);
  });
});

describe('search', () => {
  const vault = vaultWith(
    sonar,
    { issuer: 'GitHub', account: 'octocat', params: totp },
    { issuer: 'Société Générale', account: 'marie', params: totp },
  );
  // As the popup filters its list (core/vault/search.ts).
  const issuers = (query: string) =>
    vault.entries
      .filter((entry) => matchesWords(accountHaystack(entry), searchWords(query)))
      .map((entry) => entry.issuer);

  it.each([
    ['', ['Sonar', 'GitHub', 'Société Générale']],
    ['son', ['Sonar']],
    ['SONAR 101', ['Sonar']],
    ['organization', ['Sonar']],
    ['societe', ['Société Générale']],
    ['générale marie', ['Société Générale']],
    ['hub cat', ['GitHub']],
    ['zzz', []],
  ])('"%s" finds %j', (query, expected) => {
    expect(issuers(query)).toEqual(expected);
  });
});

describe('serialisation', () => {
  it('round-trips', () => {
    const vault = vaultWith(sonar, {
      issuer: 'GitHub',
      account: 'octocat',
      params: { type: 'steam', secret: totp.secret },
    });
    expect(parseVault(serializeVault(vault))).toEqual(vault);
  });

  it.each([
    ['not UTF-8', new Uint8Array([0xff, 0xfe, 0x00])],
    ['not JSON', new TextEncoder().encode('{nope')],
    ['not an object', new TextEncoder().encode('[1,2]')],
    ['no schema version', new TextEncoder().encode('{"entries":[]}')],
    ['no entries', new TextEncoder().encode('{"schemaVersion":1}')],
    ['a damaged entry', new TextEncoder().encode('{"schemaVersion":1,"entries":[{"id":"x"}]}')],
  ])('reports corrupt data (%s) with a typed error', (_label, bytes) => {
    const error = errorOf(() => parseVault(bytes));
    expect(error.code).toBe('corrupt-data');
    expect(error.message).toContain('Nothing was changed');
  });

  it('refuses two entries with one id', () => {
    const entry = vaultWith(sonar).entries[0];
    const bytes = new TextEncoder().encode(
      JSON.stringify({ schemaVersion: 1, entries: [entry, { ...entry, account: 'other' }] }),
    );
    expect(errorOf(() => parseVault(bytes)).code).toBe('corrupt-data');
  });

  it('refuses data from a newer schema, asking for an update', () => {
    const error = errorOf(() =>
      parseVault(new TextEncoder().encode('{"schemaVersion":3,"entries":[]}')),
    );
    expect(error.code).toBe('unsupported-schema');
  });

  it('applies numbered migrations from older schema versions, in order', () => {
    // A made-up schema 0 that called the list "accounts", to exercise the mechanism.
    const migrations = {
      0: ({ accounts, ...rest }: Record<string, unknown>) => ({
        ...rest,
        schemaVersion: 1,
        entries: accounts,
      }),
      1: (data: Record<string, unknown>) => ({ ...data, schemaVersion: 2 }),
    };
    const bytes = new TextEncoder().encode(
      JSON.stringify({ schemaVersion: 0, accounts: vaultWith(sonar).entries }),
    );
    expect(parseVault(bytes, migrations)).toEqual(vaultWith(sonar));
    expect(errorOf(() => parseVault(bytes)).code).toBe('corrupt-data');
  });

  it('drops unknown fields and normalises secrets when reading', () => {
    const entry = {
      ...vaultWith(sonar).entries[0],
      extra: 'x',
      params: { ...totp, secret: 'jbsw y3dp ehpk 3pxp', extra: 1 },
    };
    const parsed = parseVault(
      new TextEncoder().encode(JSON.stringify({ schemaVersion: 1, entries: [entry] })),
    );
    expect(parsed.entries[0]).not.toHaveProperty('extra');
    expect(parsed.entries[0]?.params).toEqual(totp);
  });
});
