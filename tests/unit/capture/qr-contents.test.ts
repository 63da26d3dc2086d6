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
    expect(readQrContents(text)).toEqual({ kind: 'invalid', reason: 'not-authenticator' });
  });

  it("gives core's code for why a broken otpauth URI cannot be used", () => {
    expect(readQrContents('otpauth://totp/Sonar:a?secret=1!!')).toEqual({
      kind: 'invalid',
      reason: 'unusable',
      code: 'invalid-base32',
    });
  });
});
