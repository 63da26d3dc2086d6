import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { twoFasImporter } from '../../../src/core/formats/twofas';
import { type ImportedAccount, type ImportFileInput } from '../../../src/core/formats/types';
import {
  anyField,
  damaged,
  jsonishText,
  readsOrRefusesCleanly,
  refusesCleanlyForAll,
} from './support/garbage';
import { failure, filesNamed, OTHER_SECRET, SECRET } from './support/files';
import { writeTwoFasEncrypted } from './support/writers';

const file = filesNamed('2fas-backup-20240101.2fas');

/** Services as 2FAS writes them (2FAS Android, BackupService.kt). */
const services = [
  {
    name: 'Example',
    secret: SECRET,
    updatedAt: 1_700_000_000_000,
    serviceTypeID: null,
    otp: {
      link: null,
      label: 'Example:alice@example.com',
      account: 'alice@example.com',
      issuer: 'Example Inc',
      digits: 8,
      period: 60,
      algorithm: 'SHA512',
      tokenType: 'TOTP',
      source: 'Link',
    },
    order: { position: 0 },
    icon: { selected: 'Label', label: { text: 'EX', backgroundColor: 'Orange' } },
  },
  {
    name: '',
    secret: OTHER_SECRET.toLowerCase(),
    updatedAt: 1_700_000_000_000,
    otp: {
      account: 'bob',
      issuer: 'Counter Co',
      digits: 6,
      algorithm: 'SHA1',
      counter: 7,
      tokenType: 'HOTP',
    },
    order: { position: 1 },
  },
  {
    name: 'Steam',
    secret: SECRET,
    updatedAt: 1_700_000_000_000,
    otp: { account: 'gamer', digits: 5, period: 30, algorithm: 'SHA1', tokenType: 'STEAM' },
    order: { position: 2 },
  },
];

const expected: ImportedAccount[] = [
  {
    issuer: 'Example',
    account: 'alice@example.com',
    note: '',
    params: { type: 'totp', secret: SECRET, algorithm: 'SHA512', digits: 8, period: 60 },
  },
  {
    issuer: 'Counter Co',
    account: 'bob',
    note: '',
    params: { type: 'hotp', secret: OTHER_SECRET, algorithm: 'SHA1', digits: 6, counter: 7 },
  },
  { issuer: 'Steam', account: 'gamer', note: '', params: { type: 'steam', secret: SECRET } },
];

const plainBackup = (list: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    services: list,
    groups: [],
    updatedAt: 0,
    schemaVersion: 4,
    appVersionCode: 1,
    appVersionName: '5.0',
    appOrigin: 'android',
    ...extra,
  });

const readError = (input: ImportFileInput) => failure(twoFasImporter.read(input));

describe('twoFasImporter, plain backups', () => {
  it('reads TOTP, HOTP and Steam services, the service name before the issuer', async () => {
    const parsed = await twoFasImporter.read(file(plainBackup(services)));
    expect(parsed).toEqual({ format: '2fas', accounts: expected, failed: [] });
  });

  it('keeps the good services and names the bad ones', async () => {
    const mixed = [
      services[0],
      { name: 'Weird', secret: SECRET, otp: { account: 'w', tokenType: 'MOTP' } },
      { name: 'Short', secret: 'JBSWY3DP', otp: { account: 's' } },
      { name: 'Odd', secret: SECRET, otp: 'not an object' },
      42,
      services[2],
    ];
    const parsed = await twoFasImporter.read(file(plainBackup(mixed)));
    expect(parsed.accounts).toEqual([expected[0], expected[2]]);
    expect(parsed.failed).toEqual([
      { label: 'Weird (w)', code: 'unsupported-type' },
      { label: 'Short (s)', code: 'secret-too-short' },
      { label: 'Odd', code: 'malformed-entry' },
      { label: 'entry 5', code: 'malformed-entry' },
    ]);
  });

  it('refuses unknown schemas, wrong structures, cut files and empty backups', async () => {
    const cases: [string, string][] = [
      [plainBackup(services, { schemaVersion: 5 }), 'unknown-version'],
      [plainBackup(services, { schemaVersion: '4' }), 'malformed'],
      [plainBackup(services, { schemaVersion: undefined }), 'malformed'],
      [plainBackup({ services }), 'malformed'],
      [plainBackup(services, { servicesEncrypted: 12 }), 'malformed'],
      [plainBackup([]), 'no-accounts'],
      [plainBackup(services).slice(0, 200), 'truncated'],
      ['[]', 'malformed'],
    ];
    for (const [text, code] of cases) expect((await readError(file(text))).code, text).toBe(code);
  });
});

describe('twoFasImporter, encrypted backups', () => {
  it('decrypts the services with the password', async () => {
    const text = await writeTwoFasEncrypted(services, 'correct horse ⚡');
    expect(await twoFasImporter.read(file(text, 'correct horse ⚡'))).toEqual({
      format: '2fas',
      accounts: expected,
      failed: [],
    });
  });

  it('asks for a password, and says when it is wrong', async () => {
    const text = await writeTwoFasEncrypted(services, 'right');
    expect((await readError(file(text))).code).toBe('password-needed');
    expect((await readError(file(text, 'wrong'))).code).toBe('wrong-password');
  });

  it('tells damaged services (the reference opened) from a wrong password', async () => {
    const text = await writeTwoFasEncrypted(services, 'pw');
    const backup = JSON.parse(text) as { servicesEncrypted: string; reference?: string };
    const [data = '', salt = '', iv = ''] = backup.servicesEncrypted.split(':');
    const flipped = `${data.startsWith('A') ? 'B' : 'A'}${data.slice(1)}:${salt}:${iv}`;
    const damagedServices = JSON.stringify({ ...backup, servicesEncrypted: flipped });
    expect((await readError(file(damagedServices, 'pw'))).code).toBe('truncated');
    // Without a reference, the services are the only check of the password.
    delete backup.reference;
    expect((await readError(file(JSON.stringify(backup), 'nope'))).code).toBe('wrong-password');
    expect((await twoFasImporter.read(file(JSON.stringify(backup), 'pw'))).accounts).toEqual(
      expected,
    );
    const cut = JSON.stringify({
      ...backup,
      servicesEncrypted: `${data.slice(0, 8)}:${salt}:${iv}`,
    });
    expect((await readError(file(cut, 'pw'))).code).toBe('truncated');
    const twoParts = JSON.stringify({ ...backup, servicesEncrypted: `${data}:${salt}` });
    expect((await readError(file(twoParts, 'pw'))).code).toBe('malformed');
    const shortIv = JSON.stringify({ ...backup, servicesEncrypted: `${data}:${salt}:AAAA` });
    expect((await readError(file(shortIv, 'pw'))).code).toBe('malformed');
  });
});

describe('twoFasImporter.detect', () => {
  it('claims 2FAS backups, plain and encrypted, and nothing else', async () => {
    expect(twoFasImporter.detect(file(plainBackup(services)))).toBe(true);
    expect(twoFasImporter.detect(file(await writeTwoFasEncrypted(services, 'pw')))).toBe(true);
    const others = [
      JSON.stringify({
        version: 1,
        header: { slots: null, params: null },
        db: { version: 1, entries: [] },
      }),
      JSON.stringify([{ secret: SECRET, type: 'TOTP', label: 'x' }]),
      JSON.stringify({ services: [] }),
      JSON.stringify({ encrypted: false, items: [] }),
      'not json',
    ];
    for (const text of others) expect(twoFasImporter.detect(file(text)), text).toBe(false);
  });
});

describe('twoFasImporter on hostile input', () => {
  it('gives a ParsedFile or a FormatError for any text', async () => {
    await refusesCleanlyForAll(twoFasImporter, jsonishText, file);
  });

  it('gives a ParsedFile or a FormatError for backup-shaped values of any kind', async () => {
    const otp = fc.record(
      {
        account: anyField,
        issuer: anyField,
        digits: anyField,
        period: anyField,
        algorithm: anyField,
        counter: anyField,
        tokenType: anyField,
      },
      { requiredKeys: [] },
    );
    const service = fc.record(
      { name: anyField, secret: anyField, otp: fc.oneof(otp, anyField) },
      { requiredKeys: [] },
    );
    const backup = fc.record(
      {
        schemaVersion: fc.oneof(fc.constant(4), anyField),
        services: fc.oneof(fc.array(service, { maxLength: 5 }), anyField),
        servicesEncrypted: fc.oneof(
          anyField,
          fc.constantFrom('a:b:c', 'AAAAAAAAAAAAAAAAAAAAAAAA:AAAA:AAAAAAAAAAAAAAAA', '::'),
        ),
        reference: anyField,
      },
      { requiredKeys: [] },
    );
    const texts = backup.map((value) => JSON.stringify(value));
    await refusesCleanlyForAll(twoFasImporter, texts, file);
  });

  it('gives a ParsedFile or a FormatError for cut or altered backups', async () => {
    const encrypted = await writeTwoFasEncrypted(services, 'pw');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(damaged(plainBackup(services)), damaged(encrypted)),
        async (text) => {
          await readsOrRefusesCleanly(twoFasImporter, file(text, 'pw'));
        },
      ),
      { numRuns: 500 },
    );
  });
});
