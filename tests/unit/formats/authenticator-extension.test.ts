import { describe, expect, it } from 'vitest';
import { authenticatorExtensionImporter as importer } from '../../../src/core/formats/authenticator-extension';
import { cryptoJsAes, extensionKey, extensionOldKey } from './support/cbc-writers';
import { failure, filesNamed } from './support/files';

const SECRET = 'JBSWY3DPEHPK3PXP';
// 'Hello!\xde\xad\xbe\xef' is the bytes of SECRET; as hex:
const HEX = '48656c6c6f21deadbeef';

function entry(fields: Record<string, unknown>) {
  const hash = crypto.randomUUID();
  return [hash, { encrypted: false, hash, index: 0, type: 'totp', ...fields }] as const;
}

const backup = (entries: readonly (readonly [string, unknown])[]) =>
  JSON.stringify(Object.fromEntries(entries), null, 2);

const input = filesNamed('authenticator.json');

const totp = (secret: string, more: Record<string, unknown> = {}) => ({
  type: 'totp',
  secret,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  ...more,
});

describe('Authenticator extension backup', () => {
  it('reads every type the extension writes, in its order', async () => {
    const text = backup([
      entry({ index: 5, issuer: 'Hex', account: 'h', type: 'hex', secret: HEX }),
      entry({ index: 0, issuer: 'GitHub', account: 'alice', secret: SECRET, note: 'n' }),
      entry({ index: 1, issuer: 'Bank', type: 'hotp', secret: SECRET, counter: 3, digits: 8 }),
      entry({ index: 2, account: 'gamer', type: 'steam', secret: SECRET }),
      entry({ index: 3, issuer: 'Blizzard', type: 'battle', secret: SECRET }),
      entry({ index: 4, issuer: 'Wide', secret: SECRET, algorithm: 'SHA512', period: 60 }),
      entry({ index: 6, issuer: 'Prefixed', secret: `stm-${SECRET}` }),
      entry({ index: 7, issuer: 'HexCounter', type: 'hhex', secret: HEX, counter: 1 }),
      entry({ index: 8, issuer: 'Guessed hex', secret: HEX }),
    ]);
    expect(importer.detect(input(text))).toBe(true);
    const parsed = await importer.read(input(text));
    expect(parsed.failed).toEqual([]);
    expect(parsed.accounts).toEqual([
      { issuer: 'GitHub', account: 'alice', note: 'n', params: totp(SECRET) },
      {
        issuer: 'Bank',
        account: '',
        note: '',
        params: { type: 'hotp', secret: SECRET, algorithm: 'SHA1', digits: 8, counter: 3 },
      },
      { issuer: '', account: 'gamer', note: '', params: { type: 'steam', secret: SECRET } },
      { issuer: 'Blizzard', account: '', note: '', params: totp(SECRET, { digits: 8 }) },
      {
        issuer: 'Wide',
        account: '',
        note: '',
        params: totp(SECRET, { algorithm: 'SHA512', period: 60 }),
      },
      { issuer: 'Hex', account: 'h', note: '', params: totp(SECRET) },
      { issuer: 'Prefixed', account: '', note: '', params: { type: 'steam', secret: SECRET } },
      {
        issuer: 'HexCounter',
        account: '',
        note: '',
        params: { type: 'hotp', secret: SECRET, algorithm: 'SHA1', digits: 6, counter: 1 },
      },
      { issuer: 'Guessed hex', account: '', note: '', params: totp(SECRET) },
    ]);
  });

  it('names a bad entry and imports the rest; skips key and settings records', async () => {
    const text = backup([
      entry({ index: 0, issuer: 'Good', secret: SECRET }),
      entry({
        index: 1,
        issuer: 'Gost',
        account: 'g',
        secret: SECRET,
        algorithm: 'GOST3411_2012_256',
      }),
      entry({ index: 2, issuer: 'Short', secret: 'JBSWY3DP' }),
      entry({ index: 3, issuer: 'Odd', type: 'unknown', secret: SECRET }),
      ['UserSettings', { theme: 'dark' }],
      ['abc', 'not an entry'],
    ]);
    const parsed = await importer.read(input(text));
    expect(parsed.accounts.map((account) => account.issuer)).toEqual(['Good']);
    expect(parsed.failed).toEqual([
      { label: 'Gost (g)', code: 'bad-algorithm' },
      { label: 'Short', code: 'secret-too-short' },
      { label: 'Odd', code: 'unsupported-type' },
      { label: 'entry 5', code: 'malformed-entry' },
    ]);
  });

  it('decrypts an older encrypted backup (CryptoJS AES with the password)', async () => {
    const text = backup([
      entry({ index: 0, issuer: 'A', encrypted: true, secret: cryptoJsAes(SECRET, 'hunter22') }),
      entry({
        index: 1,
        issuer: 'B',
        encrypted: true,
        secret: cryptoJsAes(HEX, 'hunter22'),
        type: 'hex',
      }),
      entry({ index: 2, issuer: 'C', encrypted: true, secret: cryptoJsAes(SECRET, 'other') }),
      entry({ index: 3, issuer: 'D', secret: SECRET }),
    ]);
    expect(importer.detect(input(text))).toBe(true);
    expect((await failure(importer.read(input(text)))).code).toBe('password-needed');
    expect((await failure(importer.read(input(text, 'wrong')))).code).toBe('wrong-password');
    const parsed = await importer.read(input(text, 'hunter22'));
    expect(parsed.accounts.map((account) => [account.issuer, account.params.secret])).toEqual([
      ['A', SECRET],
      ['B', SECRET],
      ['D', SECRET],
    ]);
    expect(parsed.failed).toEqual([{ label: 'C', code: 'bad-secret' }]);
  });

  it('decrypts a v2 backup (entries under the key that key.enc hides)', async () => {
    const { key, passphrase } = extensionOldKey('inner key 42', 'hunter22');
    const text = backup([
      ['key', key],
      entry({ index: 0, issuer: 'A', encrypted: true, secret: cryptoJsAes(SECRET, passphrase) }),
      entry({ index: 1, issuer: 'B', secret: SECRET }),
    ]);
    expect(importer.detect(input(text))).toBe(true);
    expect((await failure(importer.read(input(text, 'wrong')))).code).toBe('wrong-password');
    const parsed = await importer.read(input(text, 'hunter22'));
    expect(parsed.accounts.map((account) => [account.issuer, account.params.secret])).toEqual([
      ['A', SECRET],
      ['B', SECRET],
    ]);
  });

  it('decrypts a v3 backup (Argon2id key records, whole entries encrypted)', async () => {
    const key = await extensionKey('correct horse');
    const sealed = (index: number, fields: Record<string, unknown>) => {
      const [hash, inner] = entry({ index, ...fields, dataType: 'OTPStorage' });
      const data = cryptoJsAes(JSON.stringify(inner), key.passphrase);
      return [hash, { dataType: 'EncOTPStorage', keyId: key.id, data, index }] as const;
    };
    const text = backup([
      [key.id, key.record],
      sealed(1, { issuer: 'Second', account: 'b', type: 'hotp', secret: SECRET, counter: 9 }),
      sealed(0, { issuer: 'First', account: 'a', secret: SECRET, digits: 8 }),
      [crypto.randomUUID(), { dataType: 'EncOTPStorage', keyId: 'missing', data: 'x', index: 2 }],
    ]);
    expect(importer.detect(input(text))).toBe(true);
    expect((await failure(importer.read(input(text)))).code).toBe('password-needed');
    expect((await failure(importer.read(input(text, 'wrong')))).code).toBe('wrong-password');
    const parsed = await importer.read(input(text, 'correct horse'));
    expect(parsed.accounts).toEqual([
      { issuer: 'First', account: 'a', note: '', params: totp(SECRET, { digits: 8 }) },
      {
        issuer: 'Second',
        account: 'b',
        note: '',
        params: { type: 'hotp', secret: SECRET, algorithm: 'SHA1', digits: 6, counter: 9 },
      },
    ]);
    expect(parsed.failed).toEqual([{ label: 'entry 3', code: 'malformed-entry' }]);
  });

  it('refuses a key record that asks for a costly check, and skips keys in plain backups', async () => {
    const key = await extensionKey('pw');
    const costly = { ...key.record, hash: key.record.hash.replace(/m=\d+/, 'm=4000000') };
    const text = backup([
      [key.id, costly],
      [crypto.randomUUID(), { dataType: 'EncOTPStorage', keyId: key.id, data: 'x', index: 0 }],
    ]);
    expect((await failure(importer.read(input(text, 'pw')))).code).toBe('too-large');
    // An unencrypted backup from an encrypted vault still lists its key records: they are skipped.
    const plain = backup([
      [key.id, key.record],
      entry({ issuer: 'Plain', secret: SECRET, dataType: 'OTPStorage', keyId: key.id }),
    ]);
    expect((await importer.read(input(plain))).accounts).toHaveLength(1);
  });

  it('types damaged files and does not claim other formats', async () => {
    const text = backup([
      entry({ issuer: 'A', secret: SECRET }),
      entry({ issuer: 'B', secret: SECRET }),
    ]);
    const cut = text.slice(0, text.length - 20);
    expect(importer.detect(input(cut))).toBe(true);
    expect((await failure(importer.read(input(cut)))).code).toBe('truncated');
    expect((await failure(importer.read(input('{"a": 1,}')))).code).toBe('malformed');
    for (const other of [
      '[]',
      '{"encrypted": false, "items": [{"secret": "x", "type": "totp"}]}',
      '{"version": 1, "header": {}, "db": {"entries": [{"secret": "x", "type": "totp"}]}}',
      '{"services": [{"secret": "x", "type": "totp"}], "schemaVersion": 4}',
      '{"a": 1}',
      'otpauth://totp/a?secret=JBSWY3DPEHPK3PXP',
    ]) {
      expect(importer.detect(input(other))).toBe(false);
    }
  });
});
