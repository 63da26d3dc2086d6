import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aegisImporter, writeAegisPlain } from '../../../src/core/formats/aegis';
import { type ImportedAccount, type ImportFileInput } from '../../../src/core/formats/types';
import {
  anyField,
  damaged,
  jsonishText,
  readsOrRefusesCleanly,
  refusesCleanlyForAll,
} from './support/garbage';
import { paramsArbitrary } from './support/accounts';
import { failure, filesNamed, OTHER_SECRET, SECRET } from './support/files';
import { biometricSlot, writeAegisEncrypted } from './support/writers';

const file = filesNamed('aegis-export.json');

/** Entries as Aegis writes them (docs/vault.md, "Entries"). */
const entries = [
  {
    type: 'totp',
    uuid: '01234567-89ab-cdef-0123-456789abcdef',
    name: 'alice@example.com',
    issuer: 'Example',
    note: 'work laptop',
    favorite: false,
    icon: null,
    info: { secret: SECRET, algo: 'SHA256', digits: 8, period: 60 },
  },
  {
    type: 'hotp',
    name: 'bob',
    issuer: 'Counter Co',
    info: { secret: OTHER_SECRET, algo: 'SHA1', digits: 6, counter: 42 },
  },
  {
    type: 'steam',
    name: 'gamer',
    issuer: 'Steam',
    info: { secret: SECRET, algo: 'SHA1', digits: 5, period: 30 },
  },
];

const expected: ImportedAccount[] = [
  {
    issuer: 'Example',
    account: 'alice@example.com',
    note: 'work laptop',
    params: { type: 'totp', secret: SECRET, algorithm: 'SHA256', digits: 8, period: 60 },
  },
  {
    issuer: 'Counter Co',
    account: 'bob',
    note: '',
    params: { type: 'hotp', secret: OTHER_SECRET, algorithm: 'SHA1', digits: 6, counter: 42 },
  },
  { issuer: 'Steam', account: 'gamer', note: '', params: { type: 'steam', secret: SECRET } },
];

const plainVault = (contents: unknown) =>
  JSON.stringify({ version: 1, header: { slots: null, params: null }, db: contents });

const readError = (input: ImportFileInput) => failure(aegisImporter.read(input));

describe('aegisImporter, plain vaults', () => {
  it('reads TOTP, HOTP and Steam entries with their names, notes and parameters', async () => {
    const parsed = await aegisImporter.read(file(plainVault({ version: 3, entries, groups: [] })));
    expect(parsed).toEqual({ format: 'aegis', accounts: expected, failed: [] });
  });

  it('keeps the good entries and names the bad ones, without their secrets', async () => {
    const mixed = [
      entries[0],
      {
        type: 'motp',
        name: 'pin',
        issuer: 'Old Bank',
        info: { secret: 'abcdef0123', algo: 'MD5', digits: 6, period: 10 },
      },
      {
        type: 'yandex',
        name: 'ya',
        issuer: 'Yandex',
        info: { secret: SECRET, algo: 'SHA256', digits: 8, period: 30 },
      },
      {
        type: 'totp',
        name: 'broken',
        issuer: 'Typo',
        info: { secret: 'NOT-BASE32-1890', algo: 'SHA1', digits: 6, period: 30 },
      },
      'not an entry',
      { type: 'totp', name: 'no info', issuer: 'Lost' },
      entries[1],
    ];
    const parsed = await aegisImporter.read(file(plainVault({ version: 1, entries: mixed })));
    expect(parsed.accounts).toEqual([expected[0], expected[1]]);
    expect(parsed.failed).toEqual([
      { label: 'Old Bank (pin)', code: 'unsupported-type' },
      { label: 'Yandex (ya)', code: 'unsupported-type' },
      { label: 'Typo (broken)', code: 'bad-secret' },
      { label: 'entry 5', code: 'malformed-entry' },
      { label: 'Lost (no info)', code: 'malformed-entry' },
    ]);
    expect(JSON.stringify(parsed.failed)).not.toContain('NOT-BASE32');
  });

  it('refuses versions it does not know, structures that are not a vault, and empty vaults', async () => {
    const cases: [string, string][] = [
      [
        JSON.stringify({
          version: 2,
          header: { slots: null, params: null },
          db: { version: 1, entries },
        }),
        'unknown-version',
      ],
      [plainVault({ version: 4, entries }), 'unknown-version'],
      [plainVault({ version: 'one', entries }), 'malformed'],
      [plainVault({ version: 1 }), 'malformed'],
      [plainVault('c2VjcmV0'), 'malformed'],
      [
        JSON.stringify({
          version: 1,
          header: { slots: [], params: {} },
          db: { version: 1, entries },
        }),
        'malformed',
      ],
      [JSON.stringify({ version: 1, db: { version: 1, entries } }), 'malformed'],
      [JSON.stringify([1, 2]), 'malformed'],
      [plainVault({ version: 1, entries: [] }), 'no-accounts'],
      [plainVault({ version: 1, entries }).slice(0, 120), 'truncated'],
      ['', 'truncated'],
      [`${plainVault({ version: 1, entries })}}`, 'malformed'],
    ];
    for (const [text, code] of cases) expect((await readError(file(text))).code, text).toBe(code);
  });
});

describe('aegisImporter, encrypted vaults', () => {
  const contents = { version: 3, entries, groups: [], icons_optimized: true };

  it('opens a vault with the password, whichever slot it is in', async () => {
    const text = await writeAegisEncrypted(
      contents,
      [{ password: 'first' }, { password: 'pässwörd 🔑' }],
      [biometricSlot()],
    );
    const parsed = await aegisImporter.read(file(text, 'pässwörd 🔑'));
    expect(parsed.accounts).toEqual(expected);
  });

  it("opens one written with Aegis's own scrypt cost (n = 2^15, r = 8, p = 1)", async () => {
    const text = await writeAegisEncrypted(contents, [{ password: 'test', n: 2 ** 15 }]);
    expect((await aegisImporter.read(file(text, 'test'))).accounts).toEqual(expected);
  });

  it('asks for the password, and says when it is wrong without repeating it', async () => {
    const text = await writeAegisEncrypted(contents, [{ password: 'right' }]);
    expect((await readError(file(text))).code).toBe('password-needed');
    const wrong = await readError(file(text, 'wrong guess'));
    expect(wrong.code).toBe('wrong-password');
    expect(wrong.message).not.toContain('wrong guess');
  });

  it('refuses a scrypt cost that would take gigabytes or minutes, before running it', async () => {
    const text = await writeAegisEncrypted(contents, [{ password: 'pw' }]);
    const withSlot = (change: Record<string, unknown>) => {
      const vault = JSON.parse(text) as { header: { slots: Record<string, unknown>[] } };
      Object.assign(vault.header.slots[0] ?? {}, change);
      return JSON.stringify(vault);
    };
    expect((await readError(file(withSlot({ n: 2 ** 24 }), 'pw'))).code).toBe('too-large');
    expect((await readError(file(withSlot({ n: 2 ** 17, r: 8, p: 4 }), 'pw'))).code).toBe(
      'too-large',
    );
    expect((await readError(file(withSlot({ n: 1000 }), 'pw'))).code).toBe('malformed');
    expect((await readError(file(withSlot({ p: 0 }), 'pw'))).code).toBe('malformed');
    expect((await readError(file(withSlot({ salt: 'zz' }), 'pw'))).code).toBe('malformed');
    const many = await writeAegisEncrypted(
      contents,
      Array.from({ length: 5 }, () => ({ password: 'pw' })),
    );
    expect((await readError(file(many, 'pw'))).code).toBe('too-large');
  });

  it('says a vault with only device-bound slots cannot be opened here', async () => {
    const text = await writeAegisEncrypted(contents, [{ password: 'pw' }]);
    const vault = JSON.parse(text) as { header: { slots: unknown[] } };
    vault.header.slots = [biometricSlot()];
    expect((await readError(file(JSON.stringify(vault), 'pw'))).code).toBe(
      'unsupported-encryption',
    );
  });

  it('tells a damaged or cut ciphertext from a wrong password', async () => {
    const text = await writeAegisEncrypted(contents, [{ password: 'pw' }]);
    const vault = JSON.parse(text) as { db: string };
    const cut = JSON.stringify({ ...vault, db: vault.db.slice(0, 40) });
    expect((await readError(file(cut, 'pw'))).code).toBe('truncated');
    const flipped = vault.db.startsWith('A') ? `B${vault.db.slice(1)}` : `A${vault.db.slice(1)}`;
    expect((await readError(file(JSON.stringify({ ...vault, db: flipped }), 'pw'))).code).toBe(
      'truncated',
    );
    expect((await readError(file(text.slice(0, -30), 'pw'))).code).toBe('truncated');
    expect((await readError(file(JSON.stringify({ ...vault, db: '%%%' }), 'pw'))).code).toBe(
      'malformed',
    );
  });
});

describe('aegisImporter.detect', () => {
  it('claims Aegis vaults, plain and encrypted, and nothing else', async () => {
    const encrypted = await writeAegisEncrypted({ version: 1, entries }, [{ password: 'pw' }]);
    expect(aegisImporter.detect(file(plainVault({ version: 1, entries })))).toBe(true);
    expect(aegisImporter.detect(file(encrypted))).toBe(true);
    const others = [
      JSON.stringify({ schemaVersion: 4, services: [] }),
      JSON.stringify({ schemaVersion: 4, services: [], servicesEncrypted: 'a:b:c' }),
      JSON.stringify([{ secret: SECRET, type: 'TOTP', label: 'x' }]),
      JSON.stringify({ encrypted: false, items: [] }),
      'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP',
      '{"version": 1, "header": {}',
      '',
    ];
    for (const text of others) expect(aegisImporter.detect(file(text)), text).toBe(false);
  });
});

const name = fc.string({ maxLength: 40 }).map((text) => text.replace(/\p{Cs}/gu, '').trim());
const account: fc.Arbitrary<ImportedAccount> = fc
  .record({
    issuer: name,
    account: name,
    params: paramsArbitrary,
    note: fc.string({ maxLength: 100 }),
  })
  .filter((candidate) => candidate.issuer !== '' || candidate.account !== '');

describe('writeAegisPlain', () => {
  it('writes the plain vault layout of the Aegis documentation', () => {
    const vault = JSON.parse(writeAegisPlain(expected)) as Record<string, unknown>;
    expect(vault).toMatchObject({
      version: 1,
      header: { slots: null, params: null },
      db: {
        version: 1,
        entries: [
          {
            type: 'totp',
            name: 'alice@example.com',
            issuer: 'Example',
            note: 'work laptop',
            info: { secret: SECRET, algo: 'SHA256', digits: 8, period: 60 },
          },
          { type: 'hotp', info: { secret: OTHER_SECRET, algo: 'SHA1', digits: 6, counter: 42 } },
          { type: 'steam', info: { secret: SECRET, algo: 'SHA1', digits: 5, period: 30 } },
        ],
      },
    });
  });

  it('reads back exactly what it wrote', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(account, { minLength: 1, maxLength: 8 }), async (accounts) => {
        const parsed = await aegisImporter.read(file(writeAegisPlain(accounts)));
        expect(parsed).toEqual({ format: 'aegis', accounts, failed: [] });
      }),
      { numRuns: 500 },
    );
  });
});

describe('aegisImporter on hostile input', () => {
  it('gives a ParsedFile or a FormatError for any text', async () => {
    await refusesCleanlyForAll(aegisImporter, jsonishText, file);
  });

  it('gives a ParsedFile or a FormatError for vault-shaped values of any kind', async () => {
    const entry = fc.record(
      {
        type: anyField,
        name: anyField,
        issuer: anyField,
        note: anyField,
        info: fc.oneof(
          anyField,
          fc.record({
            secret: anyField,
            algo: anyField,
            digits: anyField,
            period: anyField,
            counter: anyField,
          }),
        ),
      },
      { requiredKeys: [] },
    );
    const slot = fc.record(
      {
        type: fc.oneof(fc.constant(1), anyField),
        key: anyField,
        key_params: fc.oneof(anyField, fc.record({ nonce: anyField, tag: anyField })),
        n: anyField,
        r: anyField,
        p: anyField,
        salt: anyField,
      },
      { requiredKeys: [] },
    );
    const vault = fc.record(
      {
        version: fc.oneof(fc.constant(1), anyField),
        header: fc.oneof(
          fc.constant({ slots: null, params: null }),
          anyField,
          fc.record({
            slots: fc.oneof(fc.array(slot, { maxLength: 3 }), anyField),
            params: anyField,
          }),
        ),
        db: fc.oneof(
          anyField,
          fc.record({
            version: fc.oneof(fc.constant(1), anyField),
            entries: fc.oneof(fc.array(entry, { maxLength: 5 }), anyField),
          }),
        ),
      },
      { requiredKeys: [] },
    );
    const texts = vault.map((value) => JSON.stringify(value));
    await refusesCleanlyForAll(aegisImporter, texts, file);
  });

  it('gives a ParsedFile or a FormatError for cut or altered vaults, plain and encrypted', async () => {
    const plain = writeAegisPlain(expected);
    const encrypted = await writeAegisEncrypted({ version: 1, entries }, [
      { password: 'pw', n: 16 },
    ]);
    await fc.assert(
      fc.asyncProperty(fc.oneof(damaged(plain), damaged(encrypted)), async (text) => {
        await readsOrRefusesCleanly(aegisImporter, file(text, 'pw'));
      }),
      { numRuns: 1000 },
    );
  });
});
