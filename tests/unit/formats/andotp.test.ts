import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { MAX_ANDOTP_ITERATIONS } from '../../../src/core/formats/andotp-decrypt';
import { andOtpImporter } from '../../../src/core/formats/andotp';
import { type ImportedAccount, type ImportFileInput } from '../../../src/core/formats/types';
import {
  anyField,
  damaged,
  HOSTILE_RUNS,
  jsonishText,
  readsOrRefusesCleanly,
  refusesCleanlyForAll,
} from './support/garbage';
import { failure, filesNamed, OTHER_SECRET, SECRET } from './support/files';
import {
  binaryFile,
  random,
  writeAndOtpEncrypted,
  writeAndOtpOldEncrypted,
} from './support/writers';

const file = filesNamed('otp_accounts_2024-01-01_12-00-00.json');

/** Entries as andOTP writes them (Database/Entry.java, toJSON). */
const entries = [
  {
    secret: SECRET,
    issuer: 'Example',
    label: 'alice@example.com',
    digits: 7,
    type: 'TOTP',
    algorithm: 'SHA256',
    thumbnail: 'Default',
    last_used: 1_700_000_000_000,
    used_frequency: 3,
    period: 45,
    tags: ['work'],
  },
  {
    secret: OTHER_SECRET,
    issuer: 'Counter Co',
    label: 'bob',
    digits: 6,
    type: 'HOTP',
    algorithm: 'SHA1',
    counter: 9,
    tags: [],
  },
  {
    secret: SECRET,
    issuer: 'Steam',
    label: 'gamer',
    digits: 5,
    type: 'STEAM',
    algorithm: 'SHA1',
    tags: [],
  },
  // Backups from before the issuer field.
  {
    secret: OTHER_SECRET,
    label: 'Old Label',
    digits: 6,
    type: 'TOTP',
    algorithm: 'SHA1',
    period: 30,
  },
];

const expected: ImportedAccount[] = [
  {
    issuer: 'Example',
    account: 'alice@example.com',
    note: '',
    params: { type: 'totp', secret: SECRET, algorithm: 'SHA256', digits: 7, period: 45 },
  },
  {
    issuer: 'Counter Co',
    account: 'bob',
    note: '',
    params: { type: 'hotp', secret: OTHER_SECRET, algorithm: 'SHA1', digits: 6, counter: 9 },
  },
  { issuer: 'Steam', account: 'gamer', note: '', params: { type: 'steam', secret: SECRET } },
  {
    issuer: '',
    account: 'Old Label',
    note: '',
    params: { type: 'totp', secret: OTHER_SECRET, algorithm: 'SHA1', digits: 6, period: 30 },
  },
];

const readError = (input: ImportFileInput) => failure(andOtpImporter.read(input));

describe('andOtpImporter, plain backups', () => {
  it('reads TOTP, HOTP and Steam entries, with and without an issuer', async () => {
    const parsed = await andOtpImporter.read(file(JSON.stringify(entries)));
    expect(parsed).toEqual({ format: 'andotp', accounts: expected, failed: [] });
  });

  it('keeps the good entries and names the bad ones', async () => {
    const mixed = [
      entries[0],
      { secret: SECRET, issuer: 'Moto', label: 'm', type: 'MOTP' },
      { secret: SECRET, issuer: 'Far', label: 'f', type: 'TOTP', period: 0 },
      { secret: SECRET, issuer: 'Many', label: 'd', type: 'TOTP', digits: 12 },
      { secret: SECRET, issuer: 'Algo', label: 'a', type: 'TOTP', algorithm: 'MD5' },
      null,
      entries[1],
    ];
    const parsed = await andOtpImporter.read(file(JSON.stringify(mixed)));
    expect(parsed.accounts).toEqual([expected[0], expected[1]]);
    expect(parsed.failed).toEqual([
      { label: 'Moto (m)', code: 'unsupported-type' },
      { label: 'Far (f)', code: 'bad-period' },
      { label: 'Many (d)', code: 'bad-digits' },
      { label: 'Algo (a)', code: 'bad-algorithm' },
      { label: 'entry 6', code: 'malformed-entry' },
    ]);
  });

  it('refuses structures that are not a backup, cut files and empty ones', async () => {
    const cases: [string, string][] = [
      [JSON.stringify({ entries }), 'malformed'],
      ['[]', 'no-accounts'],
      [JSON.stringify(entries).slice(0, 90), 'truncated'],
      [`${JSON.stringify(entries)}]`, 'malformed'],
    ];
    for (const [text, code] of cases) expect((await readError(file(text))).code, text).toBe(code);
  });
});

describe('andOtpImporter, encrypted backups', () => {
  const aes = 'otp_accounts_2024-01-01_12-00-00.json.aes';

  it('decrypts the current format (PBKDF2 iterations and salt in the header)', async () => {
    const bytes = await writeAndOtpEncrypted(entries, 'päss 🔐', 150_000);
    const parsed = await andOtpImporter.read(binaryFile(aes, bytes, 'päss 🔐'));
    expect(parsed).toEqual({ format: 'andotp', accounts: expected, failed: [] });
  });

  it('decrypts the old format (SHA-256 of the password as the key)', async () => {
    const bytes = await writeAndOtpOldEncrypted(entries, 'old password');
    const parsed = await andOtpImporter.read(binaryFile(aes, bytes, 'old password'));
    expect(parsed.accounts).toEqual(expected);
  });

  it('asks for the password, and says when it is wrong, in both formats', async () => {
    const current = await writeAndOtpEncrypted(entries, 'pw');
    const old = await writeAndOtpOldEncrypted(entries, 'pw');
    for (const bytes of [current, old]) {
      expect((await readError(binaryFile(aes, bytes, null))).code).toBe('password-needed');
      expect((await readError(binaryFile(aes, bytes, 'not it'))).code).toBe('wrong-password');
    }
  });

  it('reports a cut file, and never runs more PBKDF2 iterations than its bound', async () => {
    const bytes = await writeAndOtpEncrypted(entries, 'pw');
    expect((await readError(binaryFile(aes, bytes.slice(0, 20), 'pw'))).code).toBe('truncated');
    expect((await readError(binaryFile(aes, bytes.slice(0, -1), 'pw'))).code).toBe(
      'wrong-password',
    );
    const costly = bytes.slice();
    new DataView(costly.buffer).setUint32(0, MAX_ANDOTP_ITERATIONS + 1);
    const deriveBits = vi.spyOn(crypto.subtle, 'deriveBits');
    try {
      expect((await readError(binaryFile(aes, costly, 'pw'))).code).toBe('wrong-password');
      expect(deriveBits).not.toHaveBeenCalled();
    } finally {
      deriveBits.mockRestore();
    }
  });

  it('needs the raw bytes for an encrypted file', async () => {
    const bytes = await writeAndOtpEncrypted(entries, 'pw');
    const { bytes: _dropped, ...textOnly } = binaryFile(aes, bytes, 'pw');
    expect((await readError(textOnly)).code).toBe('malformed');
  });
});

describe('andOtpImporter.detect', () => {
  it('claims andOTP backups, plain and encrypted, and nothing else', async () => {
    expect(andOtpImporter.detect(file(JSON.stringify(entries)))).toBe(true);
    const bytes = await writeAndOtpEncrypted(entries, 'pw');
    expect(andOtpImporter.detect(binaryFile('otp_accounts.json.aes', bytes, null))).toBe(true);
    const others = [
      JSON.stringify({
        version: 1,
        header: { slots: null, params: null },
        db: { version: 1, entries: [] },
      }),
      JSON.stringify({ schemaVersion: 4, services: [] }),
      JSON.stringify([{ secret: SECRET, name: 'x' }]),
      JSON.stringify([]),
      JSON.stringify({ encrypted: false, items: [] }),
      'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP',
    ];
    for (const text of others) expect(andOtpImporter.detect(file(text)), text).toBe(false);
    expect(andOtpImporter.detect(binaryFile('photo.png', random(64), null))).toBe(false);
  });
});

describe('andOtpImporter on hostile input', () => {
  it('gives a ParsedFile or a FormatError for any text', async () => {
    await refusesCleanlyForAll(andOtpImporter, jsonishText, file);
  });

  it('gives a ParsedFile or a FormatError for entry lists of any kind', async () => {
    const entry = fc.record(
      {
        secret: anyField,
        issuer: anyField,
        label: anyField,
        digits: anyField,
        type: anyField,
        algorithm: anyField,
        period: anyField,
        counter: anyField,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(entry, anyField), { maxLength: 6 }), async (list) => {
        await readsOrRefusesCleanly(andOtpImporter, file(JSON.stringify(list)));
      }),
      { numRuns: HOSTILE_RUNS },
    );
  });

  it('gives a ParsedFile or a FormatError for any bytes, and for cut or altered backups', async () => {
    const current = await writeAndOtpEncrypted(entries, 'pw', 10);
    const altered = (bytes: Uint8Array) =>
      fc.oneof(
        fc.nat({ max: bytes.length }).map((end) => bytes.slice(0, end)),
        fc
          .tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }))
          .map(([at, xor]) => {
            const copy = bytes.slice();
            copy[at] = (copy[at] ?? 0) ^ xor;
            return copy;
          }),
      );
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 200 }), altered(current));
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('x.json.aes', 'x.json'), async (data, name) => {
        await readsOrRefusesCleanly(andOtpImporter, binaryFile(name, data, 'pw:x'));
      }),
      { numRuns: 500 },
    );
    await fc.assert(
      fc.asyncProperty(damaged(JSON.stringify(entries)), async (text) => {
        await readsOrRefusesCleanly(andOtpImporter, file(text));
      }),
      { numRuns: 500 },
    );
  });
});
