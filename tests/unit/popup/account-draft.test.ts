import { describe, expect, it } from 'vitest';
import {
  draftInput,
  draftProblems,
  emptyDraft,
  type AccountDraft,
} from '../../../src/popup/logic/account-draft';
import { checkUri } from '../../../src/popup/logic/uri-check';

const draft = (change: Partial<AccountDraft>): AccountDraft => ({ ...emptyDraft, ...change });
const valid = draft({
  secret: 'JBSWY3DPEHPK3PXP',
  issuer: 'Sonar',
  account: '101@organization.com',
});

describe('draftProblems', () => {
  it('accepts a typical hand-typed account, however the key is spaced or cased', () => {
    expect(draftProblems(valid)).toEqual({});
    expect(draftProblems({ ...valid, secret: 'jbsw y3dp ehpk 3pxp' })).toEqual({});
  });

  it('names what is wrong with the secret', () => {
    expect(draftProblems({ ...valid, secret: '' }).secret).toBe('popupSecretEmpty');
    expect(draftProblems({ ...valid, secret: 'JBSWY3DP' }).secret).toBe('popupSecretTooShort');
    expect(draftProblems({ ...valid, secret: 'JBSWY3DPEHPK3PX1' }).secret).toBe(
      'popupSecretInvalid',
    );
    expect(draftProblems({ ...valid, secret: 'A'.repeat(300) }).secret).toBe('popupSecretTooLong');
  });

  it('needs an issuer or an account name', () => {
    expect(draftProblems({ ...valid, issuer: ' ', account: '' }).issuer).toBe('popupNameMissing');
    expect(draftProblems({ ...valid, issuer: '' })).toEqual({});
  });

  it('checks digits, period and counter only where the type uses them', () => {
    expect(draftProblems({ ...valid, digits: '9' }).digits).toBe('popupDigitsInvalid');
    expect(draftProblems({ ...valid, period: '0' }).period).toBe('popupPeriodInvalid');
    expect(draftProblems({ ...valid, period: '1.5' }).period).toBe('popupPeriodInvalid');
    expect(draftProblems({ ...valid, type: 'hotp', period: '0' })).toEqual({});
    expect(draftProblems({ ...valid, type: 'hotp', counter: '-1' }).counter).toBe(
      'popupCounterInvalid',
    );
    expect(draftProblems({ ...valid, type: 'steam', digits: 'x', period: '' })).toEqual({});
  });

  it('checks only the URI, by its scheme, when one is pasted', () => {
    const uri = 'otpauth://totp/Sonar:101%40organization.com?secret=JBSWY3DPEHPK3PXP&issuer=Sonar';
    expect(draftProblems(draft({ uri }))).toEqual({});
    expect(draftProblems(draft({ uri: 'https://example.com' })).uri).toBe('popupUriNotOtpauth');
    expect(draftProblems(draft({ uri: 'otpauth-migration://offline?data=AA' })).uri).toBe(
      'popupUriMigration',
    );
  });
});

describe('draftInput', () => {
  it('builds a fields request with numbers and trimmed names', () => {
    expect(draftInput({ ...valid, issuer: ' Sonar ', digits: '8', period: '60' })).toEqual({
      kind: 'fields',
      secret: 'JBSWY3DPEHPK3PXP',
      issuer: 'Sonar',
      account: '101@organization.com',
      type: 'totp',
      algorithm: 'SHA1',
      digits: 8,
      period: 60,
      counter: 0,
    });
  });

  it('builds a URI request when a URI is pasted', () => {
    expect(draftInput(draft({ uri: ' otpauth://totp/x?secret=JBSWY3DPEHPK3PXP ' }))).toEqual({
      kind: 'uri',
      uri: 'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP',
    });
  });
});

describe('checkUri (loaded when a URI is typed)', () => {
  it('names the account a valid URI adds', () => {
    expect(
      checkUri('otpauth://totp/Sonar:101%40organization.com?secret=JBSWY3DPEHPK3PXP&issuer=Sonar'),
    ).toEqual({ ok: true, label: 'Sonar 101@organization.com' });
  });

  it('says what is wrong with an invalid one', () => {
    expect(checkUri('otpauth://totp/x?secret=1')).toEqual({
      ok: false,
      problem: 'popupSecretInvalid',
    });
    expect(checkUri('otpauth://totp/x?secret=JBSWY3DP')).toEqual({
      ok: false,
      problem: 'popupSecretTooShort',
    });
    expect(checkUri('otpauth://totp/?secret=JBSWY3DPEHPK3PXP')).toEqual({
      ok: false,
      problem: 'popupUriInvalid',
    });
    expect(checkUri('mailto:someone')).toEqual({ ok: false, problem: 'popupUriNotOtpauth' });
  });
});
