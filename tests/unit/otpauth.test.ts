import { describe, expect, it } from 'vitest';
import {
  buildOtpauthUri,
  MAX_NAME_LENGTH,
  OtpauthError,
  parseOtpauthUri,
  type ExtraParameter,
  type OtpauthErrorCode,
} from '../../src/core/otpauth';
import type { OtpAccount, TotpParameters } from '../../src/core/otp-types';

const SECRET = 'D5APZEW2EQLJI5IJ';

const params = (overrides: Partial<TotpParameters> = {}): TotpParameters => ({
  type: 'totp',
  secret: SECRET,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  ...overrides,
});

const account = (issuer: string, name: string, overrides: Partial<TotpParameters> = {}) =>
  ({ issuer, account: name, params: params(overrides) }) satisfies OtpAccount;

function errorCodeOf(action: () => unknown): OtpauthErrorCode {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(OtpauthError);
    const { code, message } = error as OtpauthError;
    expect(message).not.toContain(SECRET);
    return code;
  }
  throw new Error('expected an OtpauthError');
}

describe('buildOtpauthUri', () => {
  it('writes every setting, the issuer twice, names percent-encoded', () => {
    expect(buildOtpauthUri(account('ACME Co', 'jane@example.com'))).toBe(
      `otpauth://totp/ACME%20Co:jane%40example.com?secret=${SECRET}&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30`,
    );
  });

  it('writes HOTP with its counter and Steam as otpauth://steam', () => {
    expect(
      buildOtpauthUri({
        issuer: '',
        account: 'key',
        params: { type: 'hotp', secret: SECRET, algorithm: 'SHA512', digits: 8, counter: 7 },
      }),
    ).toBe(`otpauth://hotp/key?secret=${SECRET}&algorithm=SHA512&digits=8&counter=7`);
    expect(
      buildOtpauthUri({
        issuer: 'Steam',
        account: 'gamer',
        params: { type: 'steam', secret: SECRET },
      }),
    ).toBe(`otpauth://steam/Steam:gamer?secret=${SECRET}&issuer=Steam`);
  });

  it('normalises the secret it writes', () => {
    const uri = buildOtpauthUri(account('A', 'b', { secret: 'd5ap zew2 eqlj i5ij' }));
    expect(uri).toContain(`secret=${SECRET}&`);
  });

  it.each([
    ['a:b', 'c'],
    ['Issuer', 'x:y'],
    ['', 'x:y'],
    ['', ':leading colon'],
    ['trailing colon:', 'z'],
    ['&%?#/=+', '&%?#/=+ @'],
    ['Ünïcödé 🚀', 'ユーザー 名前'],
    ['%3A', '%20'],
    ['line\nbreak', 'tab\tinside'],
  ])('round-trips issuer %j and account %j', (issuer, name) => {
    const original = account(issuer, name);
    const uri = buildOtpauthUri(original);
    expect(uri).not.toMatch(/[#\s]/);
    expect(parseOtpauthUri(uri).account).toEqual(original);
  });

  it('appends extra parameters in order', () => {
    const extras: ExtraParameter[] = [
      { name: 'image', value: 'https://x.example/a b.png' },
      { name: 'tag', value: '1' },
      { name: 'tag', value: '2' },
    ];
    const uri = buildOtpauthUri(account('A', 'b'), extras);
    expect(uri).toMatch(/&image=https%3A%2F%2Fx\.example%2Fa%20b\.png&tag=1&tag=2$/);
    expect(parseOtpauthUri(uri).extraParameters).toEqual(extras);
  });

  it.each([
    [account(' A', 'b'), 'bad-name'],
    [account('A', 'b '), 'bad-name'],
    [account('A', '\u00a0b'), 'bad-name'],
    [account('A', 'b\ud800'), 'bad-name'],
    [account('A'.repeat(MAX_NAME_LENGTH + 1), 'b'), 'bad-name'],
    [account('A', ''), 'empty-label'],
    [account('A', 'b', { digits: 9 }), 'bad-digits'],
    [account('A', 'b', { period: 0 }), 'bad-period'],
    [account('A', 'b', { secret: 'D5APZEW2' }), 'secret-too-short'],
    [account('A', 'b', { secret: 'D5APZEW2EQLJI50J' }), 'invalid-base32'],
    [account('A', 'b', { secret: '' }), 'missing-secret'],
  ] as const)('refuses %j with %s', (bad, code) => {
    expect(errorCodeOf(() => buildOtpauthUri(bad))).toBe(code);
  });

  it.each([
    [[{ name: 'secret', value: 'x' }], 'bad-extra-parameter'],
    [[{ name: 'Digits', value: '8' }], 'bad-extra-parameter'],
    [[{ name: '', value: 'x' }], 'bad-extra-parameter'],
    [[{ name: 'x', value: '\udc00' }], 'bad-extra-parameter'],
    [[{ name: 'image', value: 'x'.repeat(9000) }], 'oversized'],
  ] as const)('refuses extras %j with %s', (extras, code) => {
    expect(errorCodeOf(() => buildOtpauthUri(account('A', 'b'), extras))).toBe(code);
  });

  it('accepts names of exactly the maximum length, in the worst encoding', () => {
    const longest = account('€'.repeat(MAX_NAME_LENGTH), '€'.repeat(MAX_NAME_LENGTH));
    expect(parseOtpauthUri(buildOtpauthUri(longest)).account).toEqual(longest);
  });
});

describe('parseOtpauthUri details', () => {
  it('applies the defaults', () => {
    expect(parseOtpauthUri(`otpauth://totp/a?secret=${SECRET}`).account.params).toEqual(params());
  });

  it.each(['sha256', 'SHA-256', ' SHA256 '])('reads the algorithm %j', (algorithm) => {
    const uri = `otpauth://totp/a?secret=${SECRET}&algorithm=${encodeURIComponent(algorithm)}`;
    expect(parseOtpauthUri(uri).account.params).toEqual(params({ algorithm: 'SHA256' }));
  });

  it('reports an issuer mismatch with both names', () => {
    const { warnings, account: parsed } = parseOtpauthUri(
      `otpauth://totp/Google:jane?secret=${SECRET}&issuer=Other`,
    );
    expect(parsed.issuer).toBe('Other');
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'issuer-mismatch',
        labelIssuer: 'Google',
        parameterIssuer: 'Other',
      }),
    ]);
  });

  it('splits after an issuer parameter that contains a colon', () => {
    const parsed = parseOtpauthUri(
      `otpauth://totp/ACME:%20Billing:jane?secret=${SECRET}&issuer=ACME:%20Billing`,
    );
    expect(parsed.account).toEqual(account('ACME: Billing', 'jane'));
    expect(parsed.warnings).toEqual([]);
  });

  it('splits at the first colon without an issuer parameter', () => {
    expect(parseOtpauthUri(`otpauth://totp/a:b:c?secret=${SECRET}`).account).toEqual(
      account('a', 'b:c'),
    );
  });

  it('treats an empty issuer parameter as absent', () => {
    expect(parseOtpauthUri(`otpauth://totp/A:b?secret=${SECRET}&issuer=`).account).toEqual(
      account('A', 'b'),
    );
  });

  it('warns about settings that mean nothing for the type, and nameless ones', () => {
    const { warnings, extraParameters } = parseOtpauthUri(
      `otpauth://totp/a?secret=${SECRET}&counter=3&=x`,
    );
    expect(warnings.map(({ code }) => code)).toEqual(['ignored-parameter', 'ignored-parameter']);
    expect(extraParameters).toEqual([]);
  });

  it('keeps unknown parameters as written, repeats included', () => {
    const { extraParameters } = parseOtpauthUri(
      `otpauth://totp/a?secret=${SECRET}&Image=x&tag&tag=%26`,
    );
    expect(extraParameters).toEqual([
      { name: 'Image', value: 'x' },
      { name: 'tag', value: '' },
      { name: 'tag', value: '&' },
    ]);
  });

  it('reads a Steam account whatever the case of encoder', () => {
    expect(
      parseOtpauthUri(`otpauth://totp/Steam:g?secret=${SECRET}&encoder=Steam`).account.params,
    ).toEqual({ type: 'steam', secret: SECRET });
  });

  it.each([
    [42, 'not-a-uri'],
    [null, 'not-a-uri'],
    [`otpauth://totp/a\ud800?secret=${SECRET}`, 'not-a-uri'],
    [`otpauth://hotp/a?secret=${SECRET}&counter=1&encoder=steam`, 'unknown-type'],
    [`otpauth://totp/a?secret=${SECRET}&digits=%36%2E0`, 'bad-digits'],
    [`otpauth://totp/a?secret=${SECRET}&period=1e3`, 'bad-period'],
    [`otpauth://totp/a?secret=${SECRET}&period=0x1E`, 'bad-period'],
    [`otpauth://totp/a?secret=${SECRET}&issuer=${'I'.repeat(MAX_NAME_LENGTH + 1)}`, 'oversized'],
    [`otpauth://totp/a?secret=${SECRET}&x=%ZZ`, 'bad-escape'],
    [`otpauth://totp/a?secret=${SECRET}&digits=6&digits=8`, 'duplicate-parameter'],
    [`otpauth://steam/a?secret=${SECRET}&period=60`, 'bad-period'],
  ])('refuses %j with %s', (uri, code) => {
    expect(errorCodeOf(() => parseOtpauthUri(uri as string))).toBe(code);
  });

  it('accepts names of exactly the maximum length', () => {
    const name = 'n'.repeat(MAX_NAME_LENGTH);
    expect(parseOtpauthUri(`otpauth://totp/${name}:${name}?secret=${SECRET}`).account).toEqual(
      account(name, name),
    );
  });
});
