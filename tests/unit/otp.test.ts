import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeBase32 } from '../../src/core/base32';
import {
  checkOtpParameters,
  codesAt,
  decodeSecret,
  normalizeSecret,
  OtpError,
  periodOf,
  secondsLeft,
  stepEnd,
  type OtpErrorCode,
} from '../../src/core/otp';
import type {
  HashAlgorithm,
  HotpParameters,
  OtpParameters,
  TotpParameters,
} from '../../src/core/otp-types';
import { STEAM_ALPHABET } from '../../src/core/steam';

/** Just the current code: what the extension reads from `codesAt` wherever it needs one. */
const codeAt = (params: OtpParameters, now: number = Date.now()) => codesAt(params, now).current;

interface TestVectors {
  hotp: { secret_base32: string; digits: number; codes_by_counter: string[] };
  totp: {
    period: number;
    digits: number;
    secrets_ascii: Record<HashAlgorithm, string>;
    cases: ({ time: number } & Record<HashAlgorithm, string>)[];
  };
}

// Issue 3 acceptance: RFC 4226 Appendix D and RFC 6238 Appendix B, copied verbatim into the repo.
const vectors = JSON.parse(
  readFileSync(new URL('../fixtures/rfc-test-vectors.json', import.meta.url), 'utf8'),
) as TestVectors;

const asciiSecret = (text: string) => encodeBase32(new TextEncoder().encode(text));
const TEN_BYTE_SECRET = 'JBSWY3DPEHPK3PXP';

const totp = (overrides: Partial<TotpParameters> = {}): TotpParameters => ({
  type: 'totp',
  secret: TEN_BYTE_SECRET,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  ...overrides,
});

/** RFC 4226 written out independently on node:crypto, to check otplib and steam.ts against. */
function referenceTruncated(secret: string, algorithm: HashAlgorithm, counter: bigint): number {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(counter);
  const digest = createHmac(algorithm.toLowerCase(), decodeSecret(secret)).update(message).digest();
  const offset = (digest.at(-1) ?? 0) & 0xf;
  return digest.readUInt32BE(offset) & 0x7fffffff;
}

function referenceCode(secret: string, algorithm: HashAlgorithm, digits: number, step: number) {
  const value = referenceTruncated(secret, algorithm, BigInt(step)) % 10 ** digits;
  return String(value).padStart(digits, '0');
}

function referenceSteamCode(secret: string, unixSeconds: number): string {
  let value = referenceTruncated(secret, 'SHA1', BigInt(Math.floor(unixSeconds / 30)));
  let code = '';
  for (let index = 0; index < 5; index++) {
    code += STEAM_ALPHABET[value % 26] ?? '?';
    value = Math.floor(value / 26);
  }
  return code;
}

function expectOtpError(action: () => unknown, code: OtpErrorCode) {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(OtpError);
    expect((error as OtpError).code).toBe(code);
    return error as OtpError;
  }
  throw new Error(`expected an OtpError '${code}'`);
}

describe('RFC 4226 HOTP vectors', () => {
  it.each(vectors.hotp.codes_by_counter.map((code, counter) => [counter, code] as const))(
    'counter %i -> %s',
    (counter, code) => {
      const params: HotpParameters = {
        type: 'hotp',
        secret: vectors.hotp.secret_base32,
        algorithm: 'SHA1',
        digits: vectors.hotp.digits,
        counter,
      };
      expect(codesAt(params)).toEqual({
        current: code,
        next: null,
        secondsLeft: null,
        period: null,
      });
      expect(codeAt(params)).toBe(code);
    },
  );
});

describe('RFC 6238 TOTP vectors', () => {
  const cases = vectors.totp.cases.flatMap((testCase) =>
    (['SHA1', 'SHA256', 'SHA512'] as const).map(
      (algorithm) => [algorithm, testCase.time, testCase[algorithm]] as const,
    ),
  );
  it.each(cases)('%s at %i s -> %s', (algorithm, time, code) => {
    const params = totp({
      secret: asciiSecret(vectors.totp.secrets_ascii[algorithm]),
      algorithm,
      digits: vectors.totp.digits,
      period: vectors.totp.period,
    });
    expect(codeAt(params, time * 1000)).toBe(code);
    expect(codesAt(params, time * 1000).current).toBe(code);
    // Any instant inside the same second gives the same code.
    expect(codeAt(params, time * 1000 + 999)).toBe(code);
  });

  it('covers every vector in the file', () => {
    expect(cases).toHaveLength(18);
    expect(vectors.hotp.codes_by_counter).toHaveLength(10);
  });
});

describe('codes against an independent HMAC implementation', () => {
  const times = [0, 1, 29, 30, 59, 1_700_000_000, 4_102_444_800];
  it.each(
    (['SHA1', 'SHA256', 'SHA512'] as const).flatMap((algorithm) =>
      [6, 7, 8].flatMap((digits) =>
        [1, 30, 60, 3600].map((period) => [algorithm, digits, period] as const),
      ),
    ),
  )('%s, %i digits, period %i s', (algorithm, digits, period) => {
    const secret = 'HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ';
    const params = totp({ secret, algorithm, digits, period });
    for (const time of times) {
      const step = Math.floor(time / period);
      const codes = codesAt(params, time * 1000);
      expect(codes.current).toBe(referenceCode(secret, algorithm, digits, step));
      expect(codes.next).toBe(referenceCode(secret, algorithm, digits, step + 1));
      expect(codes.current).toHaveLength(digits);
      expect(codes.current).toMatch(/^\d+$/);
    }
  });
});

describe('next code and seconds left', () => {
  it.each([0, 1, 29_999, 30_000, 1_700_000_012_345])(
    'next at %i ms is the code at +period',
    (now) => {
      for (const period of [1, 30, 3600]) {
        const params = totp({ period });
        expect(codesAt(params, now).next).toBe(codeAt(params, now + period * 1000));
      }
    },
  );

  it.each([
    [30, 0, 30],
    [30, 1, 30],
    [30, 999, 30],
    [30, 1000, 29],
    [30, 28_999, 2],
    [30, 29_000, 1],
    [30, 29_999, 1],
    [30, 30_000, 30],
    [30, 59_999, 1],
    [1, 0, 1],
    [1, 500, 1],
    [1, 1_000, 1],
    [3600, 0, 3600],
    [3600, 3_599_999, 1],
    [3600, 3_600_000, 3600],
    [60, 1_700_000_000_000, 40],
  ])('period %i at %i ms -> %i s', (period, now, expected) => {
    expect(secondsLeft(totp({ period }), now)).toBe(expected);
    expect(codesAt(totp({ period }), now).secondsLeft).toBe(expected);
  });

  it('the code changes exactly at the boundary, and secondsLeft says so', () => {
    const params = totp();
    const before = codesAt(params, 59_999);
    const after = codesAt(params, 60_000);
    expect(before.secondsLeft).toBe(1);
    expect(after.current).toBe(before.next);
    expect(after.current).not.toBe(before.current);
  });

  it('stepEnd is where the code changes', () => {
    expect(stepEnd(30, 0)).toBe(30_000);
    expect(stepEnd(30, 29_999)).toBe(30_000);
    expect(stepEnd(30, 30_000)).toBe(60_000);
    expect(codesAt(totp(), stepEnd(30, 59_999)).current).toBe(codesAt(totp(), 59_999).next);
  });

  it('defaults to the clock', () => {
    const params = totp();
    const start = Date.now();
    const { current } = codesAt(params);
    const end = Date.now();
    expect([codeAt(params, start), codeAt(params, end)]).toContain(current);
  });

  it('period is known for time-based types only', () => {
    expect(periodOf(totp({ period: 45 }))).toBe(45);
    expect(periodOf({ type: 'steam', secret: TEN_BYTE_SECRET })).toBe(30);
    expect(periodOf({ ...totp(), type: 'hotp', counter: 0 })).toBeNull();
  });
});

describe('secrets', () => {
  it('accepts the 10-byte secrets real sites issue', () => {
    expect(decodeSecret(TEN_BYTE_SECRET)).toHaveLength(10);
    expect(codeAt(totp(), 59_000)).toBe(referenceCode(TEN_BYTE_SECRET, 'SHA1', 6, 1));
  });

  it.each([
    'jbsw y3dp ehpk 3pxp',
    'JBSWY3DPEHPK3PXP======',
    ' jbswy3dpehpk3pxp\n',
    'JBSW-Y3DP-EHPK-3PXP',
  ])('normalises %j', (written) => {
    expect(normalizeSecret(written)).toBe(TEN_BYTE_SECRET);
    expect(codeAt(totp({ secret: written }), 59_000)).toBe(codeAt(totp(), 59_000));
  });

  it('canonicalises unused trailing bits, so one key has one spelling', () => {
    // 11 bytes take 18 characters (90 bits): the last character's 2 low bits are unused.
    const canonical = encodeBase32(new TextEncoder().encode('eleven-byte'));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    const last = alphabet.indexOf(canonical.at(-1) ?? '');
    const otherSpelling = canonical.slice(0, -1) + (alphabet[last ^ 1] ?? '');
    expect(otherSpelling).not.toBe(canonical);
    expect(normalizeSecret(otherSpelling)).toBe(canonical);
  });

  it.each([
    ['', 'empty-secret'],
    ['  ', 'empty-secret'],
    ['JBSWY3DPEHPK3PX0', 'invalid-secret'],
    ['JBSWY3DPEHPK3PX1', 'invalid-secret'],
    ['JBSWY3DPEHPK3PX8', 'invalid-secret'],
    ['JBSWY3DP!HPK3PXP', 'invalid-secret'],
    ['JBSWY3DPEHPK3PXPA', 'invalid-secret'],
    [encodeBase32(new Uint8Array(9)), 'secret-too-short'],
    ['JBSWY3DP', 'secret-too-short'],
    [encodeBase32(new Uint8Array(129)), 'secret-too-long'],
  ] as const)('refuses %j with %s', (secret, code) => {
    const error = expectOtpError(() => codeAt(totp({ secret }), 0), code);
    expectOtpError(() => normalizeSecret(secret), code);
    // The message must not quote the secret.
    if (secret.trim().length > 0) expect(error.message).not.toContain(secret.trim());
  });

  it('accepts 128-byte secrets, the upper bound', () => {
    const secret = encodeBase32(new Uint8Array(128).fill(7));
    expect(codeAt(totp({ secret, algorithm: 'SHA512' }), 0)).toBe(
      referenceCode(secret, 'SHA512', 6, 0),
    );
  });
});

describe('parameter checks', () => {
  const hotp: HotpParameters = { ...totp(), type: 'hotp', counter: 0 };
  it.each([
    [{ ...totp(), digits: 5 }, 'bad-digits'],
    [{ ...totp(), digits: 9 }, 'bad-digits'],
    [{ ...totp(), digits: 6.5 }, 'bad-digits'],
    [{ ...totp(), period: 0 }, 'bad-period'],
    [{ ...totp(), period: 3601 }, 'bad-period'],
    [{ ...totp(), period: 1.5 }, 'bad-period'],
    [{ ...totp(), period: Number.NaN }, 'bad-period'],
    [{ ...totp(), algorithm: 'MD5' as HashAlgorithm }, 'bad-algorithm'],
    [{ ...totp(), type: 'motp' } as unknown as OtpParameters, 'bad-type'],
    [{ ...hotp, counter: -1 }, 'bad-counter'],
    [{ ...hotp, counter: 1.5 }, 'bad-counter'],
    [{ ...hotp, counter: 2 ** 53 }, 'bad-counter'],
  ] as const)('%j -> %s', (params, code) => {
    expectOtpError(() => checkOtpParameters(params), code);
    expectOtpError(() => codesAt(params, 0), code);
  });

  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY, 9e15])('refuses the time %d', (now) => {
    expectOtpError(() => codesAt(totp(), now), 'bad-time');
    expectOtpError(() => secondsLeft(totp(), now), 'bad-time');
  });

  it('HOTP ignores the time and uses the counter', () => {
    const params: HotpParameters = { ...hotp, counter: 41 };
    expect(codeAt(params, 0)).toBe(codeAt(params, 1e12));
    expect(codeAt(params)).toBe(referenceCode(TEN_BYTE_SECRET, 'SHA1', 6, 41));
    expect(codeAt({ ...params, counter: Number.MAX_SAFE_INTEGER })).toBe(
      referenceCode(TEN_BYTE_SECRET, 'SHA1', 6, Number.MAX_SAFE_INTEGER),
    );
  });
});

describe('Steam Guard', () => {
  const secret = asciiSecret('steam-shared-secret!');

  it.each([0, 29, 30, 1_111_111_109, 1_700_000_000, 2_000_000_000])('at %i s', (time) => {
    const params = { type: 'steam', secret } as const;
    const codes = codesAt(params, time * 1000);
    expect(codes.current).toBe(referenceSteamCode(secret, time));
    expect(codes.next).toBe(referenceSteamCode(secret, time + 30));
    expect(codes.current).toMatch(/^[23456789BCDFGHJKMNPQRTVWXY]{5}$/);
    expect(codes.period).toBe(30);
    expect(codes.secondsLeft).toBe(30 - (time % 30));
  });

  it('matches a fixed vector (regression guard)', () => {
    // Computed once with referenceSteamCode above: node:crypto HMAC-SHA1, written out by hand.
    expect(referenceSteamCode(TEN_BYTE_SECRET, 1_700_000_000)).toBe('2KM2P');
    expect(codeAt({ type: 'steam', secret: TEN_BYTE_SECRET }, 1_700_000_000_000)).toBe('2KM2P');
  });

  it('refuses bad Steam secrets with the same typed errors', () => {
    expectOtpError(() => codeAt({ type: 'steam', secret: 'JBSWY3DP' }), 'secret-too-short');
  });
});
