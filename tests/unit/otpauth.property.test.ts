import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase32 } from '../../src/core/base32';
import {
  buildOtpauthUri,
  MAX_NAME_LENGTH,
  OtpauthError,
  parseOtpauthUri,
  type ExtraParameter,
} from '../../src/core/otpauth';
import {
  hashAlgorithms,
  MAX_SECRET_BYTES,
  MIN_SECRET_BYTES,
  type OtpAccount,
  type OtpParameters,
} from '../../src/core/otp-types';

/** Issue 3 acceptance: at least 10,000 runs per property, in the normal test run. */
const numRuns = 10_000;

/** Parsing must give a result or an OtpauthError, never another exception. */
function parsesOrRefusesCleanly(text: string): boolean {
  try {
    parseOtpauthUri(text);
  } catch (error) {
    if (!(error instanceof OtpauthError)) throw error;
  }
  return true;
}

// Characters that mean something in an otpauth URI, to push generated text into the parser.
const uriPieces = [
  'otpauth://',
  'totp',
  'hotp',
  'steam',
  '/',
  ':',
  '?',
  '&',
  '=',
  '#',
  '%',
  '%3A',
  '%20',
  '%E2%82',
  '%ZZ',
  '+',
  ' ',
  '\n',
  'secret=',
  'secret=D5APZEW2EQLJI5IJ',
  'issuer=',
  'algorithm=SHA256',
  'digits=8',
  'period=60',
  'counter=1',
  'encoder=steam',
  'A',
  '2',
  '0',
  '-',
  '\ud800',
  'é',
  '🚀',
];
const uriPiece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...uriPieces) },
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** Names as OtpAccount allows them: trimmed, no lone surrogates, at most MAX_NAME_LENGTH. */
const nameArbitrary = (allowEmpty: boolean) =>
  fc
    .oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({ unit: fc.constantFrom(...uriPieces, 'a', 'b', '@', '.'), maxLength: 12 }),
      fc.string({ unit: 'grapheme-ascii', minLength: 230, maxLength: MAX_NAME_LENGTH + 20 }),
    )
    .map((text) => text.trim().slice(0, MAX_NAME_LENGTH).trim())
    .filter((text) => !/\p{Cs}/u.test(text) && (allowEmpty || text !== ''));

const secretArbitrary = fc
  .uint8Array({ minLength: MIN_SECRET_BYTES, maxLength: MAX_SECRET_BYTES })
  .map(encodeBase32);

const paramsArbitrary: fc.Arbitrary<OtpParameters> = fc.oneof(
  fc.record({
    type: fc.constant('totp' as const),
    secret: secretArbitrary,
    algorithm: fc.constantFrom(...hashAlgorithms),
    digits: fc.integer({ min: 6, max: 8 }),
    period: fc.oneof(fc.constantFrom(1, 30, 60, 3600), fc.integer({ min: 1, max: 3600 })),
  }),
  fc.record({
    type: fc.constant('hotp' as const),
    secret: secretArbitrary,
    algorithm: fc.constantFrom(...hashAlgorithms),
    digits: fc.integer({ min: 6, max: 8 }),
    counter: fc.oneof(fc.nat(100), fc.maxSafeNat()),
  }),
  fc.record({ type: fc.constant('steam' as const), secret: secretArbitrary }),
);

const accountArbitrary: fc.Arbitrary<OtpAccount> = fc.record({
  issuer: nameArbitrary(true),
  account: nameArbitrary(false),
  params: paramsArbitrary,
});

const reservedNames = ['secret', 'issuer', 'algorithm', 'digits', 'period', 'counter', 'encoder'];
const extrasArbitrary: fc.Arbitrary<ExtraParameter[]> = fc.array(
  fc.record({
    name: fc
      .string({ unit: 'binary', minLength: 1, maxLength: 10 })
      .filter((name) => !reservedNames.includes(name.toLowerCase())),
    value: fc.string({ unit: 'binary', maxLength: 20 }),
  }),
  { maxLength: 4 },
);

describe('parseOtpauthUri never throws anything but OtpauthError', () => {
  it('for arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: anyCodeUnit })),
        parsesOrRefusesCleanly,
      ),
      { numRuns },
    );
  });

  it('for otpauth-like text built from URI pieces', () => {
    fc.assert(
      fc.property(
        fc.array(uriPiece, { maxLength: 30 }).map((pieces) => `otpauth://${pieces.join('')}`),
        parsesOrRefusesCleanly,
      ),
      { numRuns },
    );
  });

  it('for web URLs with the scheme swapped', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.constantFrom('otpauth', 'OTPAUTH', 'otpauth-migration', 'https'),
        (url, scheme) => parsesOrRefusesCleanly(url.replace(/^https?/, scheme)),
      ),
      { numRuns },
    );
  });

  it('for valid URIs with characters inserted, removed or replaced', () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat(3),
      insert: fc.oneof(uriPiece, anyCodeUnit, fc.constant('')),
    });
    fc.assert(
      fc.property(
        accountArbitrary,
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        (account, edits) => {
          let text = buildOtpauthUri(account);
          for (const { at, remove, insert } of edits) {
            const position = at % (text.length + 1);
            text = text.slice(0, position) + insert + text.slice(position + remove);
          }
          return parsesOrRefusesCleanly(text);
        },
      ),
      { numRuns },
    );
  });
});

describe('round trips', () => {
  it('parse(build(x)) gives back x, extra parameters included', () => {
    fc.assert(
      fc.property(accountArbitrary, extrasArbitrary, (account, extras) => {
        const parsed = parseOtpauthUri(buildOtpauthUri(account, extras));
        expect(parsed.account).toEqual(account);
        expect(parsed.extraParameters).toEqual(extras);
      }),
      { numRuns },
    );
  });

  it('build(parse(build(x))) === build(x)', () => {
    fc.assert(
      fc.property(accountArbitrary, extrasArbitrary, (account, extras) => {
        const uri = buildOtpauthUri(account, extras);
        const parsed = parseOtpauthUri(uri);
        expect(buildOtpauthUri(parsed.account, parsed.extraParameters)).toBe(uri);
      }),
      { numRuns },
    );
  });
});
