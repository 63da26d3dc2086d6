import { describe, expect, it } from 'vitest';
import { readQrContents } from '../../../src/background/capture/qr-contents';
import { encodeMigrationUri } from '../../../src/core/migration';

// Issue 5: what a decoded QR code holds decides what the prompt says; its text is never echoed.
describe('readQrContents', () => {
  it('reads one account from an otpauth URI', () => {
    const contents = readQrContents(
      ' otpauth://totp/Sonar:101%40organization.com?secret=JBSWY3DPEHPK3PXP&issuer=Sonar ',
    );
    expect(contents).toMatchObject({
      kind: 'account',
      draft: { issuer: 'Sonar', account: '101@organization.com', params: { type: 'totp' } },
    });
  });

  it('reads a Google Authenticator export', () => {
    const uri = encodeMigrationUri([
      {
        issuer: 'Sonar',
        account: 'a@b.c',
        params: {
          type: 'totp',
          secret: 'JBSWY3DPEHPK3PXP',
          algorithm: 'SHA1',
          digits: 6,
          period: 30,
        },
      },
    ]);
    expect(readQrContents(uri)).toMatchObject({
      kind: 'migration',
      batch: { accounts: [{ ok: true }] },
    });
  });

  it.each([
    ['a web address', 'https://example.com/?secret=JBSWY3DPEHPK3PXP'],
    ['plain text', 'hello'],
    ['an empty code', ''],
  ])('says %s is not an authenticator account, without echoing it', (_name, text) => {
    const contents = readQrContents(text);
    expect(contents).toMatchObject({ kind: 'invalid' });
    if (contents.kind === 'invalid') {
      expect(contents.message).toMatch(/does not hold an authenticator account/);
      if (text !== '') expect(contents.message).not.toContain(text);
    }
  });

  it('explains why a broken otpauth URI cannot be used', () => {
    const contents = readQrContents('otpauth://totp/Sonar:a?secret=1!!');
    expect(contents).toMatchObject({ kind: 'invalid' });
    if (contents.kind === 'invalid')
      expect(contents.message).toMatch(/^This QR code cannot be used: /);
  });
});
