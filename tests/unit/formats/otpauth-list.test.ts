import { describe, expect, it } from 'vitest';
import { encodeMigrationUri } from '../../../src/core/migration';
import { otpauthListImporter, writeOtpauthList } from '../../../src/core/formats/otpauth-list';
import type { ImportFileInput } from '../../../src/core/formats/types';

const SECRET = 'JBSWY3DPEHPK3PXP';
const file = (text: string): ImportFileInput => ({ name: 'codes.txt', text, password: null });

describe('otpauth list', () => {
  it('reads one URI a line, skipping blanks and comments, CRLF or not', async () => {
    const text = [
      '# exported',
      '',
      `otpauth://totp/GitHub:alice?secret=${SECRET}&issuer=GitHub`,
      `  otpauth://hotp/bob@example.com?secret=${SECRET}&counter=5&digits=8  `,
      `otpauth://steam/Steam:carol?secret=${SECRET}`,
    ].join('\r\n');
    expect(otpauthListImporter.detect(file(text))).toBe(true);
    const parsed = await otpauthListImporter.read(file(text));
    expect(parsed.failed).toEqual([]);
    expect(parsed.accounts).toEqual([
      {
        issuer: 'GitHub',
        account: 'alice',
        note: '',
        params: { type: 'totp', secret: SECRET, algorithm: 'SHA1', digits: 6, period: 30 },
      },
      {
        issuer: '',
        account: 'bob@example.com',
        note: '',
        params: { type: 'hotp', secret: SECRET, algorithm: 'SHA1', digits: 8, counter: 5 },
      },
      { issuer: 'Steam', account: 'carol', note: '', params: { type: 'steam', secret: SECRET } },
    ]);
  });

  it('names a bad line by its label when it has one, else by its number; the rest imports', async () => {
    const text = [
      `otpauth://totp/Good:one?secret=${SECRET}`,
      'otpauth://totp/Bank:me?secret=NOT-BASE32!',
      'otpauth://totp/?secret=',
      'hello there',
      `otpauth://totp/Short:key?secret=JBSWY3DP`,
    ].join('\n');
    const parsed = await otpauthListImporter.read(file(text));
    expect(parsed.accounts.map((account) => account.issuer)).toEqual(['Good']);
    expect(parsed.failed).toEqual([
      { label: 'Bank (me)', code: 'bad-secret' },
      { label: 'line 3', code: 'bad-name' },
      { label: 'line 4', code: 'malformed-entry' },
      { label: 'Short (key)', code: 'secret-too-short' },
    ]);
    expect(JSON.stringify(parsed.failed)).not.toContain('JBSWY3DP');
  });

  it('expands a Google Authenticator export line into its accounts', async () => {
    const uri = encodeMigrationUri([
      {
        issuer: 'A',
        account: 'a',
        params: { type: 'totp', secret: SECRET, algorithm: 'SHA1', digits: 6, period: 30 },
      },
      {
        issuer: 'B',
        account: 'b',
        params: { type: 'hotp', secret: SECRET, algorithm: 'SHA1', digits: 6, counter: 1 },
      },
    ]);
    const parsed = await otpauthListImporter.read(
      file(`${uri}\notpauth-migration://offline?data=%%%`),
    );
    expect(parsed.accounts.map((account) => account.account)).toEqual(['a', 'b']);
    expect(parsed.failed).toEqual([{ label: 'line 2', code: 'malformed-entry' }]);
  });

  it('does not claim JSON or other text', () => {
    expect(otpauthListImporter.detect(file('{"otpauth://x": 1}'))).toBe(false);
    expect(otpauthListImporter.detect(file('[]'))).toBe(false);
    expect(otpauthListImporter.detect(file('hello\notpauth://totp/a?secret=AAAA'))).toBe(false);
    expect(otpauthListImporter.detect(file('\uFEFF# c\r\nOTPAUTH://totp/a?secret=AAAA'))).toBe(
      true,
    );
  });

  it('writes what it reads', async () => {
    const accounts = [
      {
        issuer: 'Ex:ample & co',
        account: 'a b/c?d',
        note: '',
        params: {
          type: 'totp' as const,
          secret: SECRET,
          algorithm: 'SHA256' as const,
          digits: 7,
          period: 45,
        },
      },
    ];
    const text = writeOtpauthList(accounts);
    expect(text.endsWith('\n')).toBe(true);
    expect((await otpauthListImporter.read(file(text))).accounts).toEqual(accounts);
  });
});
