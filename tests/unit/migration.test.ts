import { describe, expect, it } from 'vitest';
import { encodeBase32 } from '../../src/core/base32';
import {
  decodeMigrationUri,
  encodeMigrationUri,
  MAX_PAYLOAD_BYTES,
  mergeMigrationBatches,
  MigrationBatchCollector,
  MigrationError,
  splitIntoMigrationBatches,
  type MigrationAccountResult,
  type MigrationBatch,
  type MigrationErrorCode,
} from '../../src/core/migration';
import type { HotpParameters, OtpAccount } from '../../src/core/otp-types';

// --- A tiny protobuf builder, independent of the writer under test --------------------------

type Bytes = readonly number[];

function varint(value: bigint | number): number[] {
  let rest = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  while (rest >= 0x80n) {
    out.push(Number(rest & 0x7fn) | 0x80);
    rest >>= 7n;
  }
  out.push(Number(rest));
  return out;
}
const tag = (field: number, wireType: number) => varint((BigInt(field) << 3n) | BigInt(wireType));
const num = (field: number, value: bigint | number) => [...tag(field, 0), ...varint(value)];
const len = (field: number, body: Bytes | string) => {
  const bytes = typeof body === 'string' ? [...new TextEncoder().encode(body)] : [...body];
  return [...tag(field, 2), ...varint(bytes.length), ...bytes];
};
const fixed32 = (field: number) => [...tag(field, 5), 1, 2, 3, 4];
const fixed64 = (field: number) => [...tag(field, 1), 1, 2, 3, 4, 5, 6, 7, 8];
const group = (field: number, inner: Bytes) => [...tag(field, 3), ...inner, ...tag(field, 4)];

const SECRET = Array.from({ length: 10 }, (_, index) => index + 1);
const SECRET_BASE32 = encodeBase32(Uint8Array.from(SECRET));

/** One OtpParameters entry; `fields` go after a secret unless `secret` is null. */
const entry = (fields: Bytes, secret: Bytes | null = SECRET) =>
  len(1, [...(secret === null ? [] : len(1, secret)), ...fields]);

const toBase64 = (bytes: Bytes) => Buffer.from(bytes).toString('base64');
const uriOf = (bytes: Bytes) =>
  `otpauth-migration://offline?data=${encodeURIComponent(toBase64(bytes))}`;

const decode = (bytes: Bytes) => decodeMigrationUri(uriOf(bytes));
const accountsOf = (batch: MigrationBatch) =>
  batch.accounts.map((result) => (result.ok ? result.account : result.error.code));
const only = (batch: MigrationBatch): MigrationAccountResult => {
  expect(batch.accounts).toHaveLength(1);
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- length checked just above
  return batch.accounts[0]!;
};
const codeOf = (run: () => unknown): MigrationErrorCode | 'no error' | 'untyped error' => {
  try {
    run();
    return 'no error';
  } catch (error) {
    return error instanceof MigrationError ? error.code : 'untyped error';
  }
};
const entryError = (bytes: Bytes) => {
  const result = only(decode(bytes));
  return result.ok ? 'ok' : result.error.code;
};

const totp = (issuer: string, account: string, secret = SECRET_BASE32): OtpAccount => ({
  issuer,
  account,
  params: { type: 'totp', secret, algorithm: 'SHA1', digits: 6, period: 30 },
});

// --- Published exports -----------------------------------------------------------------------

describe('published export vectors', () => {
  it('reads the example of github.com/dim13/otpauth (name "Issuer:account", no batch fields)', () => {
    const batch = decodeMigrationUri(
      'otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZTAC',
    );
    // That project prints otpauth://totp/Example:alice@google.com?issuer=Example&secret=JBSWY3DPEHPK3PXP
    expect(batch).toEqual({
      version: 0,
      batchSize: 1,
      batchIndex: 0,
      batchId: 0,
      accounts: [
        {
          ok: true,
          index: 0,
          account: {
            issuer: 'Example',
            account: 'alice@google.com',
            params: {
              type: 'totp',
              secret: 'JBSWY3DPEHPK3PXP',
              algorithm: 'SHA1',
              digits: 6,
              period: 30,
            },
          },
        },
      ],
    });
  });

  // github.com/scito/extract_otp_secrets: example_export.txt and its expected example_output.json.
  const scito = 'otpauth-migration://offline?data=';
  const raspberrySecret = '7KSQL2JTUDIS5EF65KLMRQIIGY';
  const scitoExports = {
    withIssuer: `${scito}CjUKEPqlBekzoNEukL7qlsjBCDYSDnBpQHJhc3BiZXJyeXBpGgtyYXNwYmVycnlwaSABKAEwAhABGAEgACjr4JKK%2B%2F%2F%2F%2F%2F8B`,
    withoutIssuer: `${scito}CigKEPqlBekzoNEukL7qlsjBCDYSDnBpQHJhc3BiZXJyeXBpIAEoATACEAEYASAAKLzjp5n4%2F%2F%2F%2F%2FwE%3D`,
    two: `${scito}CigKEPqlBekzoNEukL7qlsjBCDYSDnBpQHJhc3BiZXJyeXBpIAEoATACCjUKEPqlBekzoNEukL7qlsjBCDYSDnBpQHJhc3BiZXJyeXBpGgtyYXNwYmVycnlwaSABKAEwAhABGAEgACiQ7OOa%2Bf%2F%2F%2F%2F8B`,
    hotp: `${scito}CiUKEPqlBekzoNEukL7qlsjBCDYSCWhvdHAgZGVtbyABKAEwATgEEAEYASAAKNuv15j6%2F%2F%2F%2F%2FwE%3D`,
    encoding: `${scito}CjYKEPqlBekzoNEukL7qlsjBCDYSHGVuY29kaW5nOiDCv8Okw4TDqcOJPyAoZGVtbykgASgBMAIQARgBIAAorfCurv%2F%2F%2F%2F%2F%2FAQ%3D%3D`,
  };
  const pi = (issuer: string) => totp(issuer, 'pi@raspberrypi', raspberrySecret);

  it('reads extract_otp_secrets example_export.txt as its example_output.json documents', () => {
    expect(accountsOf(decodeMigrationUri(scitoExports.withIssuer))).toEqual([pi('raspberrypi')]);
    expect(accountsOf(decodeMigrationUri(scitoExports.withoutIssuer))).toEqual([pi('')]);
    expect(accountsOf(decodeMigrationUri(scitoExports.two))).toEqual([pi(''), pi('raspberrypi')]);
    expect(accountsOf(decodeMigrationUri(scitoExports.hotp))).toEqual([
      {
        issuer: '',
        account: 'hotp demo',
        params: { type: 'hotp', secret: raspberrySecret, algorithm: 'SHA1', digits: 6, counter: 4 },
      },
    ]);
  });

  it('reads the batch fields GA writes, including a negative (ten-byte) batch id', () => {
    const { accounts: _accounts, ...fields } = decodeMigrationUri(scitoExports.withIssuer);
    expect(fields).toEqual({ version: 1, batchSize: 1, batchIndex: 0, batchId: -1320898453 });
  });

  it('splits a colon name with no issuer like an otpauth label (that project keeps it whole)', () => {
    // Documented there as name "encoding: ¿äÄéÉ? (demo)" with no issuer; issue 3 asks us to
    // read GA names like otpauth labels, so the part before the colon becomes the issuer.
    expect(accountsOf(decodeMigrationUri(scitoExports.encoding))).toEqual([
      totp('encoding', '¿äÄéÉ? (demo)', raspberrySecret),
    ]);
  });

  it('re-encodes each of those exports byte for byte as Google Authenticator wrote it', () => {
    for (const uri of Object.values(scitoExports).filter((u) => u !== scitoExports.encoding)) {
      const batch = decodeMigrationUri(uri);
      const accounts = batch.accounts.flatMap((result) => (result.ok ? [result.account] : []));
      expect(encodeMigrationUri(accounts, batch)).toBe(uri);
    }
  });

  // extract_otp_secrets tests/data/test_plus_problem_export.txt: `+`, `/` and `=` not escaped.
  const plusProblem =
    'otpauth-migration://offline?data=ClEKFAciUeGF4aS6IDCvMv99ySZ1ekKsEiVTZXJlbml0eUxhYnM6dGVzdDFAc2VyZW5pdHlsYWJzLmNvLnVrGgxTZXJlbml0eUxhYnMgASgBMAIKUQoUkIY8/fbrHZWTb4CBln18lvqt0HcSJVNlcmVuaXR5TGFiczp0ZXN0MkBzZXJlbml0eWxhYnMuY28udWsaDFNlcmVuaXR5TGFicyABKAEwAgpRChScf+1/Ua4d4gCY0W/7fj9VBkM9PBIlU2VyZW5pdHlMYWJzOnRlc3QzQHNlcmVuaXR5bGFicy5jby51axoMU2VyZW5pdHlMYWJzIAEoATACClEKFG6Qu0ryTSFA/l5rmvTIXtNeb5LtEiVTZXJlbml0eUxhYnM6dGVzdDRAc2VyZW5pdHlsYWJzLmNvLnVrGgxTZXJlbml0eUxhYnMgASgBMAIQARgBIAAogtTa1vz/////AQ==';
  const withData = (change: (data: string) => string) =>
    plusProblem.replace(/data=(.*)$/, (_, data: string) => `data=${change(data)}`);
  const serenity = [
    totp('SerenityLabs', 'test1@serenitylabs.co.uk', 'A4RFDYMF4GSLUIBQV4ZP67OJEZ2XUQVM'),
    totp('SerenityLabs', 'test2@serenitylabs.co.uk', 'SCDDZ7PW5MOZLE3PQCAZM7L4S35K3UDX'),
    totp('SerenityLabs', 'test3@serenitylabs.co.uk', 'TR76272RVYO6EAEY2FX7W7R7KUDEGPJ4'),
    totp('SerenityLabs', 'test4@serenitylabs.co.uk', 'N2ILWSXSJUQUB7S6NONPJSC62NPG7EXN'),
  ];

  it.each([
    ['unescaped, as some QR apps pass it on', plusProblem],
    ['with `+` turned into a space by a form decoder', plusProblem.replace('+', ' ')],
    ['fully percent-encoded', withData((data) => encodeURIComponent(data))],
    [
      'as base64url without padding',
      withData((data) => data.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')),
    ],
    [
      'with lower-case %-escapes and surrounding white space',
      `  ${withData((data) => data.replace(/\//g, '%2f'))}\n`,
    ],
    ['with a trailing fragment and another parameter', `${plusProblem.replace('?', '?v=1&')}#x`],
  ])('reads the "plus problem" export %s', (_, uri) => {
    expect(accountsOf(decodeMigrationUri(uri))).toEqual(serenity);
  });

  it('reads the example of github.com/Smiling-Dwarf/otp_recover_secret (11- and 15-byte secrets)', () => {
    const batch = decodeMigrationUri(
      'otpauth-migration://offline?data=Ch4KC2Yk6WxR3xW8Rde7EglGYWtlIEdBIDEgASgBMAIKIgoPA10zkjJ0tijvit4MRqKSEglGYWtlIEdBIDIgASgBMAIQARgBIAAoz5a69vj%2F%2F%2F%2F%2FAQ%3D%3D',
    );
    expect(accountsOf(batch)).toEqual([
      totp('', 'Fake GA 1', 'MYSOS3CR34K3YROXXM'),
      totp('', 'Fake GA 2', 'ANOTHERSOS3CR34K3YGENIUS'),
    ]);
  });
});

// --- Hand-built payloads -----------------------------------------------------------------------

describe('decoding hand-built payloads', () => {
  it('applies the defaults when only the secret is present', () => {
    expect(accountsOf(decode(entry([])))).toEqual([totp('', '')]);
  });

  it('reads HOTP with a counter, SHA256 and 8 digits, SHA512', () => {
    const batch = decode([
      ...entry([...len(2, 'bank'), ...num(4, 2), ...num(5, 2), ...num(6, 1), ...num(7, 42)]),
      ...entry([...len(2, 'vpn'), ...num(4, 3), ...num(5, 1), ...num(6, 2)]),
      ...entry([...num(6, 1)]),
      ...entry([...num(6, 1), ...num(7, Number.MAX_SAFE_INTEGER)]),
    ]);
    const secret = SECRET_BASE32;
    expect(accountsOf(batch)).toEqual([
      {
        issuer: '',
        account: 'bank',
        params: { type: 'hotp', secret, algorithm: 'SHA256', digits: 8, counter: 42 },
      },
      {
        issuer: '',
        account: 'vpn',
        params: { type: 'totp', secret, algorithm: 'SHA512', digits: 6, period: 30 },
      },
      {
        issuer: '',
        account: '',
        params: { type: 'hotp', secret, algorithm: 'SHA1', digits: 6, counter: 0 },
      },
      {
        issuer: '',
        account: '',
        params: {
          type: 'hotp',
          secret,
          algorithm: 'SHA1',
          digits: 6,
          counter: Number.MAX_SAFE_INTEGER,
        },
      },
    ]);
  });

  it('reads fields in any order, batch fields first, and keeps the last of a repeated field', () => {
    const batch = decode([
      ...num(5, -7),
      ...num(4, 1),
      ...num(3, 2),
      ...len(1, [
        ...num(7, 5),
        ...num(6, 1),
        ...len(3, 'Acme'),
        ...len(2, 'bob'),
        ...len(1, SECRET),
        ...num(7, 9),
      ]),
      ...num(2, 1),
    ]);
    expect(batch).toMatchObject({ version: 1, batchSize: 2, batchIndex: 1, batchId: -7 });
    expect(accountsOf(batch)).toEqual([
      {
        issuer: 'Acme',
        account: 'bob',
        params: { type: 'hotp', secret: SECRET_BASE32, algorithm: 'SHA1', digits: 6, counter: 9 },
      },
    ]);
  });

  it('skips unknown fields of every wire type, at the top and inside an account', () => {
    const unknown = [
      ...num(9, 300),
      ...num(10, -1),
      ...fixed64(11),
      ...len(12, 'future'),
      ...group(13, [...num(1, 1), ...group(2, fixed32(3)), ...len(4, [0xff])]),
      ...fixed32(14),
      ...len(536_870_911, []), // the largest field number
    ];
    const batch = decode([
      ...unknown,
      ...entry([...unknown, ...len(2, 'x')]),
      ...unknown,
      ...num(3, 1),
    ]);
    expect(accountsOf(batch)).toEqual([totp('', 'x')]);
  });

  it('reads an export with no accounts', () => {
    expect(decode(num(2, 1)).accounts).toEqual([]);
  });

  it.each([
    ['Example:alice', 'Example', 'Example', 'alice'],
    ['example: alice', 'Example', 'Example', 'alice'],
    ['Other:alice', 'Example', 'Example', 'Other:alice'],
    ['alice', 'Example', 'Example', 'alice'],
    ['GitHub:alice', '', 'GitHub', 'alice'],
    ['GitHub:  alice', '', 'GitHub', 'alice'],
    ['alice@example.com', '', '', 'alice@example.com'],
    [':a:b', '', '', 'a:b'],
    ['', '', '', ''],
  ])('reads name %j with issuer %j as %j / %j', (name, issuerField, issuer, account) => {
    const fields = [...len(2, name), ...(issuerField === '' ? [] : len(3, issuerField))];
    expect(accountsOf(decode(entry(fields)))).toEqual([totp(issuer, account)]);
  });
});

describe('a bad account loses only itself (DESIGN 4.7)', () => {
  it('keeps the good accounts around an MD5 one and names the bad one', () => {
    const batch = decode([
      ...entry(len(2, 'first')),
      ...entry([...len(2, 'Legacy:old'), ...len(3, 'Legacy'), ...num(4, 4)]),
      ...entry(len(2, 'third')),
    ]);
    expect(batch.accounts.map((result) => result.ok)).toEqual([true, false, true]);
    expect(batch.accounts[1]).toMatchObject({ ok: false, index: 1, issuer: 'Legacy', name: 'old' });
    expect(batch.accounts[1]?.ok === false && batch.accounts[1].error.code).toBe(
      'unsupported-algorithm',
    );
  });

  it.each<[string, Bytes, MigrationErrorCode]>([
    ['MD5', entry(num(4, 4)), 'unsupported-algorithm'],
    ['an unknown algorithm', entry(num(4, 9)), 'unsupported-algorithm'],
    ['a negative algorithm', entry(num(4, -1)), 'unsupported-algorithm'],
    ['an unknown digit count', entry(num(5, 3)), 'unsupported-digits'],
    ['an unknown type', entry(num(6, 3)), 'unsupported-type'],
    ['no secret', entry(len(2, 'x'), null), 'empty-secret'],
    ['an empty secret', entry([], []), 'empty-secret'],
    ['a 9-byte secret', entry([], SECRET.slice(0, 9)), 'secret-too-short'],
    ['a 129-byte secret', entry([], new Array<number>(129).fill(7)), 'secret-too-long'],
    ['a counter past 2^53 - 1', entry([...num(6, 1), ...num(7, 2 ** 53)]), 'counter-out-of-range'],
    ['a negative counter', entry([...num(6, 1), ...num(7, -1)]), 'counter-out-of-range'],
    ['a name that is not UTF-8', entry(len(2, [0x61, 0xff])), 'invalid-text'],
    ['an issuer that is not UTF-8', entry(len(3, [0xc3])), 'invalid-text'],
    ['a field longer than the account', entry([...tag(2, 2), 5, 0x61]), 'malformed-protobuf'],
    ['a varint cut by the account end', entry([...tag(4, 0), 0x80]), 'malformed-protobuf'],
    ['a known field with the wrong wire type', entry(num(2, 1)), 'malformed-protobuf'],
    ['a stray end-group', entry(tag(9, 4)), 'malformed-protobuf'],
  ])('reports %s as %s', (_, bytes, code) => {
    expect(entryError(bytes)).toBe(code);
  });

  it('accepts the edges of the valid ranges', () => {
    expect(entryError(entry([], SECRET.slice(0, 10)))).toBe('ok');
    expect(entryError(entry([], new Array<number>(128).fill(7)))).toBe('ok');
    // A TOTP account's counter field means nothing and is ignored.
    expect(entryError(entry(num(7, -1)))).toBe('ok');
  });

  it('never quotes the secret or the data in a message', () => {
    const secret = [...new TextEncoder().encode('SECRETSECRETSECRET')];
    for (const fields of [num(4, 4), num(5, 9), num(6, 7)]) {
      const uri = uriOf(entry(fields, secret));
      const result = only(decodeMigrationUri(uri));
      if (result.ok) throw new Error('expected a failure');
      expect(result.error.message).not.toMatch(/SECRET|KNCUGUSFKR/);
      expect(result.error.message).not.toContain(toBase64(secret).slice(0, 8));
    }
  });
});

describe('a QR code that is unusable as a whole', () => {
  const good = toBase64(entry([]));

  it.each<[string, unknown, MigrationErrorCode]>([
    ['an otpauth URI', `otpauth://totp/x?secret=${SECRET_BASE32}`, 'not-a-migration-uri'],
    ['a web address', 'https://example.com/?data=abc', 'not-a-migration-uri'],
    ['an empty string', '', 'not-a-migration-uri'],
    ['another host', `otpauth-migration://online?data=${good}`, 'not-a-migration-uri'],
    [
      'text before the URI',
      `QR-Code:otpauth-migration://offline?data=${good}`,
      'not-a-migration-uri',
    ],
    ['not a string', 42, 'not-a-migration-uri'],
    ['no data parameter', 'otpauth-migration://offline?version=1', 'missing-data'],
    ['an empty data parameter', 'otpauth-migration://offline?data=&x=1', 'missing-data'],
    ['no query at all', 'otpauth-migration://offline?', 'missing-data'],
    ['data past 64 KB', `otpauth-migration://offline?data=${'A'.repeat(90_000)}`, 'too-large'],
    ['an enormous URI', `otpauth-migration://offline?x=${'%41'.repeat(100_000)}`, 'too-large'],
    ['a character outside base64', 'otpauth-migration://offline?data=ab*d', 'invalid-base64'],
    ['a non-ASCII character', 'otpauth-migration://offline?data=abcé', 'invalid-base64'],
    ['an impossible length', 'otpauth-migration://offline?data=abcde', 'invalid-base64'],
    ['padding in the middle', 'otpauth-migration://offline?data=QQ==QQ==', 'invalid-base64'],
    ['too much padding', 'otpauth-migration://offline?data=QQ===', 'invalid-base64'],
    [
      'padding that does not fill a quantum',
      'otpauth-migration://offline?data=QQ=',
      'invalid-base64',
    ],
    ['a broken %-escape', 'otpauth-migration://offline?data=QQ%3', 'invalid-base64'],
    ['a %-escape that is not UTF-8', 'otpauth-migration://offline?data=QQ%FF', 'invalid-base64'],
  ])('rejects %s', (_, uri, code) => {
    expect(codeOf(() => decodeMigrationUri(uri as string))).toBe(code);
  });

  it.each<[string, Bytes, MigrationErrorCode]>([
    ['an export cut in the middle of an account', entry(len(2, 'alice')).slice(0, -2), 'truncated'],
    ['an export cut in the middle of a number', [...tag(5, 0), 0xff, 0xff], 'truncated'],
    ['an export cut inside a fixed64', [...tag(9, 1), 1, 2, 3], 'truncated'],
    ['an export cut inside a fixed32', [...tag(9, 5), 1, 2, 3], 'truncated'],
    ['a group that never ends', [...tag(9, 3), ...num(1, 1)], 'truncated'],
    ['wire type 6', [...tag(9, 6), 0], 'malformed-protobuf'],
    ['wire type 7', [...tag(9, 7), 0], 'malformed-protobuf'],
    ['field number 0', [...tag(0, 0), 1], 'malformed-protobuf'],
    ['a field number past 2^29 - 1', [...varint((2n ** 29n) << 3n), 1], 'malformed-protobuf'],
    [
      'a varint of 11 bytes',
      [...tag(5, 0), ...new Array<number>(10).fill(0x80), 0],
      'malformed-protobuf',
    ],
    [
      'a varint past 64 bits',
      [...tag(5, 0), ...new Array<number>(9).fill(0xff), 0x02],
      'malformed-protobuf',
    ],
    ['accounts as a number', num(1, 5), 'malformed-protobuf'],
    ['a batch field as bytes', len(3, [1]), 'malformed-protobuf'],
    ['a group closed by another field', [...tag(9, 3), ...tag(8, 4)], 'malformed-protobuf'],
    ['groups nested too deeply', nestedGroups(40), 'malformed-protobuf'],
  ])('rejects %s', (_, bytes, code) => {
    expect(codeOf(() => decode(bytes))).toBe(code);
  });

  it('accepts a ten-byte varint whose last byte carries the 64th bit', () => {
    expect(decode([...tag(5, 0), ...new Array<number>(9).fill(0xff), 0x01]).batchId).toBe(-1);
  });

  it('rejects a payload that decodes to more than 64 KB', () => {
    const huge = toBase64(new Array<number>(MAX_PAYLOAD_BYTES + 1).fill(0));
    expect(codeOf(() => decodeMigrationUri(`otpauth-migration://offline?data=${huge}`))).toBe(
      'too-large',
    );
  });

  it('tells the user what happened, in words', () => {
    try {
      decode(entry(len(2, 'alice')).slice(0, -2));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as MigrationError).message).toMatch(
        /^This QR code is a Google Authenticator export, but it is damaged/,
      );
    }
  });
});

function nestedGroups(depth: number): number[] {
  return depth === 0 ? [] : group(9, nestedGroups(depth - 1));
}

// --- Encoding ----------------------------------------------------------------------------------

describe('encoding', () => {
  const hotpParams: HotpParameters = {
    type: 'hotp',
    secret: SECRET_BASE32,
    algorithm: 'SHA256',
    digits: 8,
    counter: 12,
  };
  const hotp: OtpAccount = { issuer: 'Bank', account: 'me', params: hotpParams };

  it('writes GA’s form: %-escaped base64, version 1, one QR code by default, a random int32 id', () => {
    const uri = encodeMigrationUri([hotp, totp('', 'plain')]);
    expect(uri).toMatch(/^otpauth-migration:\/\/offline\?data=[A-Za-z0-9%]+$/);
    const batch = decodeMigrationUri(uri);
    expect(batch).toMatchObject({ version: 1, batchSize: 1, batchIndex: 0 });
    expect(Number.isInteger(batch.batchId) && Math.abs(batch.batchId) < 2 ** 31).toBe(true);
    expect(accountsOf(batch)).toEqual([hotp, totp('', 'plain')]);
  });

  it.each([
    ['an issuer and a plain account', totp('GitHub', 'alice')],
    ['an account that starts with its issuer', totp('GitHub', 'github: alice')],
    ['no issuer and a colon in the account', totp('', 'a:b')],
    ['no issuer and an account with a leading colon', totp('', ':x')],
    ['leading spaces', totp('Acme', '  bob')],
    ['an empty account', totp('Acme', '')],
  ])('round-trips %s', (_, account) => {
    expect(accountsOf(decodeMigrationUri(encodeMigrationUri([account])))).toEqual([account]);
  });

  const steam: OtpAccount = {
    issuer: 'Steam',
    account: 'me',
    params: { type: 'steam', secret: SECRET_BASE32 },
  };
  const withParams = (params: Partial<Record<string, unknown>>) =>
    ({ ...totp('A', 'b'), params: { ...totp('A', 'b').params, ...params } }) as OtpAccount;

  it.each<[string, OtpAccount]>([
    ['Steam Guard', steam],
    ['a 60-second period', withParams({ period: 60 })],
    ['7 digits', withParams({ digits: 7 })],
    ['an unknown algorithm', withParams({ algorithm: 'MD5' })],
    ['a secret that is not base32', withParams({ secret: 'NOT-BASE32!' })],
    ['a 5-byte secret', withParams({ secret: 'MFRGGZDF' })],
    ['a negative counter', { ...hotp, params: { ...hotpParams, counter: -1 } }],
    ['a counter past 2^53 - 1', { ...hotp, params: { ...hotpParams, counter: 2 ** 53 } }],
    ['a lone surrogate in the name', totp('A', 'b\uD800')],
    ['an issuer and account no name can tell apart', totp(' X', ' x: y')],
  ])('refuses %s with a typed error', (_, account) => {
    expect(codeOf(() => encodeMigrationUri([totp('ok', 'ok'), account]))).toBe('unrepresentable');
  });

  it('says which account cannot be exported, without its secret', () => {
    expect(() => encodeMigrationUri([totp('a', 'b'), steam])).toThrow(/^Account 2 cannot go/);
  });

  it('refuses an export too large to read back', () => {
    expect(codeOf(() => encodeMigrationUri([totp('A', 'x'.repeat(MAX_PAYLOAD_BYTES))]))).toBe(
      'too-large',
    );
  });

  it.each([
    { batchSize: 0 },
    { batchSize: 1001 },
    { batchSize: 1.5 },
    { batchSize: 2, batchIndex: 2 },
    { batchIndex: -1 },
    { batchId: 2 ** 31 },
    { batchId: -(2 ** 31) - 1 },
  ])('refuses batch fields %j', (fields) => {
    expect(codeOf(() => encodeMigrationUri([], fields))).toBe('invalid-batch');
  });
});

// --- Multi-QR exports --------------------------------------------------------------------------

describe('multi-QR exports', () => {
  const accounts = Array.from({ length: 25 }, (_, index) => totp('Acme', `user${index}`));
  const decodeAll = (uris: readonly string[]) => uris.map((uri) => decodeMigrationUri(uri));

  it('splits into QR codes of at most 10 accounts sharing one batch id', () => {
    const batches = decodeAll(splitIntoMigrationBatches(accounts, 10, 77));
    expect(
      batches.map(({ batchSize, batchIndex, batchId }) => [batchSize, batchIndex, batchId]),
    ).toEqual([
      [3, 0, 77],
      [3, 1, 77],
      [3, 2, 77],
    ]);
    expect(batches.map((batch) => batch.accounts.length)).toEqual([10, 10, 5]);
  });

  it('writes one QR code for an empty list, and refuses fewer than one account per QR code', () => {
    expect(decodeAll(splitIntoMigrationBatches([], 10, 1))).toMatchObject([
      { batchSize: 1, accounts: [] },
    ]);
    expect(codeOf(() => splitIntoMigrationBatches(accounts, 0))).toBe('invalid-batch');
    expect(codeOf(() => splitIntoMigrationBatches(accounts, 1, 2 ** 40))).toBe('invalid-batch');
  });

  it('collects QR codes in any order, reports what is missing and ignores repeats', () => {
    const [first, second, third] = decodeAll(splitIntoMigrationBatches(accounts, 10, 5)) as [
      MigrationBatch,
      MigrationBatch,
      MigrationBatch,
    ];
    const collector = new MigrationBatchCollector();
    expect(codeOf(() => collector.progress())).toBe('incomplete-batch');
    expect(collector.add(third)).toEqual({
      batchId: 5,
      batchSize: 3,
      received: [2],
      missing: [0, 1],
      complete: false,
      duplicate: false,
    });
    expect(codeOf(() => collector.accounts())).toBe('incomplete-batch');
    expect(collector.add(first)).toMatchObject({ missing: [1], duplicate: false });
    expect(collector.add(first)).toMatchObject({ missing: [1], duplicate: true });
    expect(collector.add(second)).toMatchObject({ missing: [], complete: true });
    const merged = collector.accounts();
    expect(merged.map((result) => result.index)).toEqual(accounts.map((_, index) => index));
    expect(merged.map((result) => (result.ok ? result.account : null))).toEqual(accounts);
  });

  it('renumbers failed accounts across QR codes', () => {
    const bad = (batchIndex: number) =>
      decode([
        ...entry(len(2, 'good')),
        ...entry(num(4, 4)),
        ...num(3, 2),
        ...num(4, batchIndex),
        ...num(5, 9),
      ]);
    const result = mergeMigrationBatches([bad(1), bad(0)]);
    expect(result.complete && result.accounts.map((r) => [r.index, r.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
      [3, false],
    ]);
  });

  it('merges as a pure function, or says which parts are missing', () => {
    const batches = decodeAll(splitIntoMigrationBatches(accounts, 4, -3));
    expect(mergeMigrationBatches([batches[6], batches[2]].filter((b) => b !== undefined))).toEqual({
      complete: false,
      batchId: -3,
      batchSize: 7,
      missing: [0, 1, 3, 4, 5],
    });
    const merged = mergeMigrationBatches([...batches].reverse());
    expect(merged.complete && merged.accounts.length).toBe(25);
    expect(codeOf(() => mergeMigrationBatches([]))).toBe('incomplete-batch');
  });

  it('refuses QR codes of another export or contradicting ones, and impossible numbering', () => {
    const [a0, a1] = decodeAll(splitIntoMigrationBatches(accounts.slice(0, 4), 2, 1)) as [
      MigrationBatch,
      MigrationBatch,
    ];
    const [b0] = decodeAll(splitIntoMigrationBatches(accounts.slice(0, 4), 2, 2)) as [
      MigrationBatch,
    ];
    const [c0] = decodeAll(splitIntoMigrationBatches(accounts.slice(4, 8), 2, 1)) as [
      MigrationBatch,
    ];
    const [d0] = decodeAll(splitIntoMigrationBatches(accounts.slice(0, 4), 4, 1)) as [
      MigrationBatch,
    ];
    expect(codeOf(() => mergeMigrationBatches([a0, b0]))).toBe('batch-mismatch');
    expect(codeOf(() => mergeMigrationBatches([a0, a1, c0]))).toBe('batch-mismatch');
    expect(codeOf(() => mergeMigrationBatches([a0, d0]))).toBe('batch-mismatch');
    for (const fields of [
      { batchSize: -1 },
      { batchSize: 2, batchIndex: 2 },
      { batchIndex: -1 },
      { batchSize: 5000 },
    ]) {
      expect(codeOf(() => mergeMigrationBatches([{ ...a0, ...fields }]))).toBe('invalid-batch');
    }
    // A refused QR code leaves the collector as it was.
    const collector = new MigrationBatchCollector();
    collector.add(a0);
    expect(codeOf(() => collector.add(b0))).toBe('batch-mismatch');
    expect(collector.add(a1)).toMatchObject({ complete: true });
  });
});
