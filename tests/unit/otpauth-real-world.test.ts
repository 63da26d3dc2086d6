import { describe, expect, it } from 'vitest';
import {
  buildOtpauthUri,
  OtpauthError,
  parseOtpauthUri,
  type ExtraParameter,
  type OtpauthErrorCode,
  type OtpauthWarningCode,
} from '../../src/core/otpauth';
import type { OtpAccount, OtpParameters, TotpParameters } from '../../src/core/otp-types';

/**
 * otpauth URIs shaped like what real services put in their QR codes (issue 3 acceptance: at
 * least 40, good and bad). Every secret here is invented.
 */

const S10 = 'D5APZEW2EQLJI5IJ';
const S10B = 'KJTXNCBC5ZRE2SH4';
const S20 = 'VTBI3MV6W62CXKQ4WASD2QA4ZNHD7TSE';
const S20B = 'JD5RBMK7HVCKBHOIFUBLAZMB4DAMNFDY';
const S32 = 'Q7CWRYBXUX5FBMN4SEPI5YM2O7CN2PBCXTUZGL4G7XMKEFVP4FUA';
const S40 = 'IMH2TME5GTSCZSNMEEIQTTTX3WTK6UINCPSEWZA24AKQELGTTYFHFEWIY5Z7GRJM';
const S64 =
  'OEOCEREOOIPFJEOYERNUSQS2VBQ7D7CKCUUH6BZV4IBXTG3FZ77MKC22XUH53WI42ZB25M5VGDKI6BPCLDT6EMFJJ3KQEXATQ65U4GY';
const S129 =
  'QETS53PMG3L5JK43NXGI6O4EZSU7EOB5KRJBHSQKMMTJQOXXXMGINHYX3UDMSXEJGIQSFGLRISRS3KAK6J7I7F3OS7JMLT2V4OXIWN4BE4XO33BW27KKXG3NZSHTXBGMVHZDQPKUKIJ4UCTDE2MDV553BSDJ6F65A3EVZCJSEERJS4KEUMW2QCXSP2HZO3UX2LC46VPDV2FTPAI';

const totp = (secret: string, overrides: Partial<TotpParameters> = {}): OtpParameters => ({
  type: 'totp',
  secret,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  ...overrides,
});

interface Good {
  readonly uri: string;
  readonly account: OtpAccount;
  readonly warnings?: readonly OtpauthWarningCode[];
  readonly extras?: readonly ExtraParameter[];
}

const good: Record<string, Good> = {
  'Google (lower-case secret)': {
    uri: `otpauth://totp/Google%3Ajane.doe%40gmail.com?secret=${S20.toLowerCase()}&issuer=Google`,
    account: { issuer: 'Google', account: 'jane.doe@gmail.com', params: totp(S20) },
  },
  GitHub: {
    uri: `otpauth://totp/GitHub:octocat?secret=${S10}&issuer=GitHub`,
    account: { issuer: 'GitHub', account: 'octocat', params: totp(S10) },
  },
  'Microsoft personal': {
    uri: `otpauth://totp/Microsoft:user@outlook.com?secret=${S20B}&issuer=Microsoft`,
    account: { issuer: 'Microsoft', account: 'user@outlook.com', params: totp(S20B) },
  },
  'Microsoft work (encoded @)': {
    uri: `otpauth://totp/Microsoft:jane%40contoso.onmicrosoft.com?secret=${S20}&issuer=Microsoft`,
    account: { issuer: 'Microsoft', account: 'jane@contoso.onmicrosoft.com', params: totp(S20) },
  },
  'AWS (40-byte secret)': {
    uri: `otpauth://totp/Amazon%20Web%20Services:root-user@123456789012?secret=${S40}&issuer=Amazon%20Web%20Services`,
    account: {
      issuer: 'Amazon Web Services',
      account: 'root-user@123456789012',
      params: totp(S40),
    },
  },
  Dropbox: {
    uri: `otpauth://totp/Dropbox:jane%40example.com?secret=${S10B}&issuer=Dropbox`,
    account: { issuer: 'Dropbox', account: 'jane@example.com', params: totp(S10B) },
  },
  'Facebook (spaced lower-case secret, %20)': {
    uri: `otpauth://totp/Facebook:jane.doe.77?secret=${'d5ap zew2 eqlj i5ij'.replaceAll(' ', '%20')}&issuer=Facebook`,
    account: { issuer: 'Facebook', account: 'jane.doe.77', params: totp(S10) },
  },
  'Facebook (spaced secret, +)': {
    uri: `otpauth://totp/Facebook:jane.doe.77?secret=d5ap+zew2+eqlj+i5ij&issuer=Facebook`,
    account: { issuer: 'Facebook', account: 'jane.doe.77', params: totp(S10) },
  },
  Twitter: {
    uri: `otpauth://totp/Twitter:%40janedoe?secret=${S10B}&issuer=Twitter`,
    account: { issuer: 'Twitter', account: '@janedoe', params: totp(S10B) },
  },
  X: {
    uri: `otpauth://totp/X:janedoe?secret=${S20}&issuer=X`,
    account: { issuer: 'X', account: 'janedoe', params: totp(S20) },
  },
  'Slack (issuer with spaces and parentheses)': {
    uri: `otpauth://totp/Slack%20(Acme%20Inc):jane%40acme.com?secret=${S20B}&issuer=Slack%20(Acme%20Inc)`,
    account: { issuer: 'Slack (Acme Inc)', account: 'jane@acme.com', params: totp(S20B) },
  },
  Okta: {
    uri: `otpauth://totp/acme.okta.com:jane%40acme.com?secret=${S20}&issuer=acme.okta.com`,
    account: { issuer: 'acme.okta.com', account: 'jane@acme.com', params: totp(S20) },
  },
  'Sonar-like (every setting written out)': {
    uri: `otpauth://totp/Sonar:101%40organization.com?secret=${S20}&issuer=Sonar&algorithm=SHA1&digits=6&period=30`,
    account: { issuer: 'Sonar', account: '101@organization.com', params: totp(S20) },
  },
  GitLab: {
    uri: `otpauth://totp/gitlab.com:jane%40example.com?secret=${S20B}&issuer=gitlab.com`,
    account: { issuer: 'gitlab.com', account: 'jane@example.com', params: totp(S20B) },
  },
  Proton: {
    uri: `otpauth://totp/Proton:jane@proton.me?secret=${S20}&issuer=Proton&algorithm=SHA1&digits=6&period=30`,
    account: { issuer: 'Proton', account: 'jane@proton.me', params: totp(S20) },
  },
  Discord: {
    uri: `otpauth://totp/Discord:jane?secret=${S10}&issuer=Discord`,
    account: { issuer: 'Discord', account: 'jane', params: totp(S10) },
  },
  Coinbase: {
    uri: `otpauth://totp/Coinbase:jane@example.com?secret=${S10B}&issuer=Coinbase`,
    account: { issuer: 'Coinbase', account: 'jane@example.com', params: totp(S10B) },
  },
  'Key URI Format example': {
    uri: 'otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example',
    account: { issuer: 'Example', account: 'alice@google.com', params: totp('JBSWY3DPEHPK3PXP') },
  },
  'Key URI Format: encoded colon and space after it, no issuer parameter': {
    uri: `otpauth://totp/Big%20Corporation%3A%20alice%40bigco.com?secret=${S10}`,
    account: { issuer: 'Big Corporation', account: 'alice@bigco.com', params: totp(S10) },
  },
  'Key URI Format: Provider1:Alice%20Smith': {
    uri: `otpauth://totp/Provider1:Alice%20Smith?secret=${S10}&issuer=Provider1`,
    account: { issuer: 'Provider1', account: 'Alice Smith', params: totp(S10) },
  },
  'literal space after the colon': {
    uri: `otpauth://totp/ACME Co: bob?secret=${S10}&issuer=ACME Co`,
    account: { issuer: 'ACME Co', account: 'bob', params: totp(S10) },
  },
  'issuer parameter only (label is the account)': {
    uri: `otpauth://totp/alice%40example.com?secret=${S10}&issuer=Example`,
    account: { issuer: 'Example', account: 'alice@example.com', params: totp(S10) },
  },
  'no issuer at all': {
    uri: `otpauth://totp/jane@example.com?secret=${S10}`,
    account: { issuer: '', account: 'jane@example.com', params: totp(S10) },
  },
  'issuer with + for space (PHP http_build_query)': {
    uri: `otpauth://totp/Example%20Co:jane?secret=${S10}&issuer=Example+Co`,
    account: { issuer: 'Example Co', account: 'jane', params: totp(S10) },
  },
  'issuer mismatch: the parameter wins and it is reported': {
    uri: `otpauth://totp/Google:jane@gmail.com?secret=${S20}&issuer=Goog1e%20Security`,
    account: { issuer: 'Goog1e Security', account: 'jane@gmail.com', params: totp(S20) },
    warnings: ['issuer-mismatch'],
  },
  'issuer differing only in case: no warning': {
    uri: `otpauth://totp/github:octocat?secret=${S10}&issuer=GitHub`,
    account: { issuer: 'GitHub', account: 'octocat', params: totp(S10) },
  },
  'upper-cased whole URI (QR alphanumeric mode)': {
    uri: `OTPAUTH://TOTP/ACME:BOB?SECRET=${S10}&ISSUER=ACME&DIGITS=6`,
    account: { issuer: 'ACME', account: 'BOB', params: totp(S10) },
  },
  'Unicode names': {
    uri: `otpauth://totp/B%C3%BCcher%20GmbH:m%C3%BCller%20%E2%9C%93?secret=${S10}&issuer=B%C3%BCcher%20GmbH`,
    account: { issuer: 'Bücher GmbH', account: 'müller ✓', params: totp(S10) },
  },
  'unknown parameters kept in order (image, color)': {
    uri: `otpauth://totp/ACME:bob?secret=${S10}&image=https%3A%2F%2Facme.example%2Flogo.png&issuer=ACME&color=ff8800`,
    account: { issuer: 'ACME', account: 'bob', params: totp(S10) },
    extras: [
      { name: 'image', value: 'https://acme.example/logo.png' },
      { name: 'color', value: 'ff8800' },
    ],
  },
  'trailing newline from a QR decoder and a trailing &': {
    uri: `otpauth://totp/ACME:bob?secret=${S10}&issuer=ACME&\n`,
    account: { issuer: 'ACME', account: 'bob', params: totp(S10) },
  },
  'padded secret': {
    uri: `otpauth://totp/ACME:bob?secret=EJA3ZD6HA4C3ILX6VU%3D%3D%3D%3D%3D%3D&issuer=ACME`,
    account: { issuer: 'ACME', account: 'bob', params: totp('EJA3ZD6HA4C3ILX6VU') },
  },
  'same issuer given twice: a warning': {
    uri: `otpauth://totp/ACME:bob?secret=${S10}&issuer=ACME&issuer=ACME`,
    account: { issuer: 'ACME', account: 'bob', params: totp(S10) },
    warnings: ['duplicate-parameter'],
  },
  'SHA256, 8 digits, 60 s (HashiCorp Vault style)': {
    uri: `otpauth://totp/Vault:alice?secret=${S32}&issuer=Vault&algorithm=SHA256&digits=8&period=60`,
    account: {
      issuer: 'Vault',
      account: 'alice',
      params: totp(S32, { algorithm: 'SHA256', digits: 8, period: 60 }),
    },
  },
  'SHA512, 8 digits, 64-byte secret': {
    uri: `otpauth://totp/Bank:12345678?secret=${S64}&issuer=Bank&algorithm=SHA512&digits=8`,
    account: {
      issuer: 'Bank',
      account: '12345678',
      params: totp(S64, { algorithm: 'SHA512', digits: 8 }),
    },
  },
  '7 digits, 15 s': {
    uri: `otpauth://totp/Odd:jane?secret=${S20}&digits=7&period=15`,
    account: { issuer: 'Odd', account: 'jane', params: totp(S20, { digits: 7, period: 15 }) },
  },
  'HOTP (YubiKey-style, counter 0)': {
    uri: `otpauth://hotp/Yubico:jane?secret=${S20}&counter=0`,
    account: {
      issuer: 'Yubico',
      account: 'jane',
      params: { type: 'hotp', secret: S20, algorithm: 'SHA1', digits: 6, counter: 0 },
    },
  },
  'HOTP SHA256 8 digits with a period that means nothing': {
    uri: `otpauth://hotp/ACME:bob?secret=${S32}&issuer=ACME&counter=42&digits=8&algorithm=SHA256&period=30`,
    account: {
      issuer: 'ACME',
      account: 'bob',
      params: { type: 'hotp', secret: S32, algorithm: 'SHA256', digits: 8, counter: 42 },
    },
    warnings: ['ignored-parameter'],
  },
  'Steam, Aegis form': {
    uri: `otpauth://steam/Steam:gamer42?secret=${S20}&issuer=Steam&algorithm=SHA1&digits=5&period=30`,
    account: { issuer: 'Steam', account: 'gamer42', params: { type: 'steam', secret: S20 } },
  },
  'Steam, KeePassXC form (encoder=steam)': {
    uri: `otpauth://totp/Steam:gamer42?secret=${S20}&period=30&digits=5&issuer=Steam&encoder=steam`,
    account: { issuer: 'Steam', account: 'gamer42', params: { type: 'steam', secret: S20 } },
  },
  'Steam Desktop Authenticator (plain totp): stays TOTP, flagged': {
    uri: `otpauth://totp/Steam:gamer42?secret=${S20}&issuer=Steam`,
    account: { issuer: 'Steam', account: 'gamer42', params: totp(S20) },
    warnings: ['possibly-steam'],
  },
};

const bad: Record<string, readonly [string, OtpauthErrorCode]> = {
  'http link': ['http://example.com/setup-2fa', 'wrong-scheme'],
  'https link': ['https://accounts.google.com/o/oauth2/auth?client_id=x', 'wrong-scheme'],
  mailto: ['mailto:security@example.com', 'wrong-scheme'],
  'Google Authenticator export': [
    'otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZTAC',
    'migration-uri',
  ],
  'random text': ['Scan me for a free coffee!', 'not-a-uri'],
  'empty string': ['', 'not-a-uri'],
  'otpauth without //': [`otpauth:totp/ACME:bob?secret=${S10}`, 'not-a-uri'],
  'unknown type': [`otpauth://yaotp/ACME:bob?secret=${S10}`, 'unknown-type'],
  mOTP: [`otpauth://motp/ACME:bob?secret=${S10}`, 'unknown-type'],
  'unknown encoder': [`otpauth://totp/Yandex:bob?secret=${S10}&encoder=yandex`, 'unknown-type'],
  'missing secret': ['otpauth://totp/ACME:bob?issuer=ACME', 'missing-secret'],
  'no query at all': ['otpauth://totp/ACME:bob', 'missing-secret'],
  'empty secret': ['otpauth://totp/ACME:bob?secret=&issuer=ACME', 'missing-secret'],
  'secret with 0': [`otpauth://totp/ACME:bob?secret=D5APZEW2EQLJI50J`, 'invalid-base32'],
  'secret with 1': [`otpauth://totp/ACME:bob?secret=D5APZEW2EQLJI51J`, 'invalid-base32'],
  'secret with 8': [`otpauth://totp/ACME:bob?secret=D5APZEW2EQLJI58J`, 'invalid-base32'],
  'secret of impossible length': [`otpauth://totp/ACME:bob?secret=D5APZEW2E`, 'invalid-base32'],
  'secret too short (5 bytes)': ['otpauth://totp/ACME:bob?secret=D5APZEW2', 'secret-too-short'],
  'secret too long (129 bytes)': [`otpauth://totp/ACME:bob?secret=${S129}`, 'secret-too-long'],
  'digits=5': [`otpauth://totp/ACME:bob?secret=${S10}&digits=5`, 'bad-digits'],
  'digits=10': [`otpauth://totp/ACME:bob?secret=${S10}&digits=10`, 'bad-digits'],
  'digits=six': [`otpauth://totp/ACME:bob?secret=${S10}&digits=six`, 'bad-digits'],
  'period=0': [`otpauth://totp/ACME:bob?secret=${S10}&period=0`, 'bad-period'],
  'period=-30': [`otpauth://totp/ACME:bob?secret=${S10}&period=-30`, 'bad-period'],
  'period=abc': [`otpauth://totp/ACME:bob?secret=${S10}&period=abc`, 'bad-period'],
  'period=30.5': [`otpauth://totp/ACME:bob?secret=${S10}&period=30.5`, 'bad-period'],
  'period=3601': [`otpauth://totp/ACME:bob?secret=${S10}&period=3601`, 'bad-period'],
  'algorithm=MD5': [`otpauth://totp/ACME:bob?secret=${S10}&algorithm=MD5`, 'bad-algorithm'],
  'hotp without counter': [`otpauth://hotp/ACME:bob?secret=${S10}`, 'hotp-without-counter'],
  'counter=-1': [`otpauth://hotp/ACME:bob?secret=${S10}&counter=-1`, 'bad-counter'],
  'counter beyond 2^53': [
    `otpauth://hotp/ACME:bob?secret=${S10}&counter=9007199254740993`,
    'bad-counter',
  ],
  'label missing': [`otpauth://totp/?secret=${S10}&issuer=ACME`, 'empty-label'],
  'label and slash missing': [`otpauth://totp?secret=${S10}`, 'empty-label'],
  'account missing after the issuer': [`otpauth://totp/ACME:?secret=${S10}`, 'empty-label'],
  fragment: [`otpauth://totp/ACME:bob?secret=${S10}&issuer=ACME#section`, 'unexpected-fragment'],
  'very long label': [`otpauth://totp/ACME:${'a'.repeat(300)}?secret=${S10}`, 'oversized'],
  'very long URI': [`otpauth://totp/ACME:bob?secret=${S10}&image=${'x'.repeat(9000)}`, 'oversized'],
  'damaged escape': [`otpauth://totp/ACME:b%E0%A4%Aob?secret=${S10}`, 'bad-escape'],
  'two different secrets': [
    `otpauth://totp/ACME:bob?secret=${S10}&secret=${S10B}`,
    'duplicate-parameter',
  ],
  'Steam with 6 digits': [`otpauth://steam/Steam:gamer?secret=${S20}&digits=6`, 'bad-digits'],
  'Steam with SHA256': [
    `otpauth://steam/Steam:gamer?secret=${S20}&algorithm=SHA256`,
    'bad-algorithm',
  ],
};

describe('real-world otpauth URIs that work', () => {
  it.each(Object.entries(good))('%s', (_name, { uri, account, warnings = [], extras = [] }) => {
    const parsed = parseOtpauthUri(uri);
    expect(parsed.account).toEqual(account);
    expect(parsed.warnings.map((warning) => warning.code)).toEqual(warnings);
    expect(parsed.extraParameters).toEqual(extras);
    // build(parse(u)) reads back as the same account, extras and all.
    const rebuilt = parseOtpauthUri(buildOtpauthUri(parsed.account, parsed.extraParameters));
    expect(rebuilt.account).toEqual(account);
    expect(rebuilt.extraParameters).toEqual(extras);
  });
});

describe('real-world otpauth URIs that are refused', () => {
  it.each(Object.entries(bad))('%s', (_name, [uri, code]) => {
    let error: unknown;
    try {
      parseOtpauthUri(uri);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OtpauthError);
    expect((error as OtpauthError).code).toBe(code);
    expect((error as OtpauthError).message).not.toMatch(/D5AP|KJTX|VTBI|JD5R|QETS/);
  });
});

it('has at least 40 cases, good and bad', () => {
  expect(Object.keys(good).length + Object.keys(bad).length).toBeGreaterThanOrEqual(40);
  expect(Object.keys(good).length).toBeGreaterThanOrEqual(20);
  expect(Object.keys(bad).length).toBeGreaterThanOrEqual(20);
});
