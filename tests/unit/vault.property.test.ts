import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase32 } from '../../src/core/base32';
import type { OtpParameters } from '../../src/core/otp-types';
import {
  parseVault,
  serializeVault,
  VaultError,
  type VaultData,
  type VaultEntry,
} from '../../src/core/vault';

// DESIGN 6: every parser gets property tests; parseVault reads what storage hands back.
const runs = 10_000;

const secret = fc.uint8Array({ minLength: 10, maxLength: 64 }).map(encodeBase32);
const params: fc.Arbitrary<OtpParameters> = fc.oneof(
  fc.record({
    type: fc.constant('totp' as const),
    secret,
    algorithm: fc.constantFrom('SHA1' as const, 'SHA256' as const, 'SHA512' as const),
    digits: fc.integer({ min: 6, max: 8 }),
    period: fc.integer({ min: 1, max: 3600 }),
  }),
  fc.record({
    type: fc.constant('hotp' as const),
    secret,
    algorithm: fc.constantFrom('SHA1' as const, 'SHA256' as const, 'SHA512' as const),
    digits: fc.integer({ min: 6, max: 8 }),
    counter: fc.maxSafeNat(),
  }),
  fc.record({ type: fc.constant('steam' as const), secret }),
);
const origin = fc.constantFrom(
  'https://portal.net2phone.ca',
  'https://sonar.versature.com:8443',
  'http://127.0.0.1:8460',
);
const entry: fc.Arbitrary<VaultEntry> = fc.record({
  id: fc.uuid(),
  issuer: fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
    .filter((text) => text.trim() !== ''),
  account: fc.string({ unit: 'grapheme', maxLength: 40 }),
  params,
  origins: fc.uniqueArray(origin, { maxLength: 3 }),
  siteId: fc.option(fc.constantFrom('sonar', 'demo-portal'), { nil: null }),
  note: fc.string({ maxLength: 60 }),
  standby: fc.constant(null),
  createdAt: fc.maxSafeNat(),
  updatedAt: fc.maxSafeNat(),
});
const vault: fc.Arbitrary<VaultData> = fc
  .uniqueArray(entry, { maxLength: 5, selector: (item) => item.id })
  .map((entries) => ({ schemaVersion: 2 as const, entries }));

describe('parseVault properties', () => {
  it('round-trips any valid vault exactly', () => {
    fc.assert(
      fc.property(vault, (data) => {
        expect(parseVault(serializeVault(data))).toEqual(data);
      }),
      { numRuns: runs },
    );
  });

  it('never throws anything but a VaultError, whatever the bytes or JSON', () => {
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.jsonValue().map((value) => new TextEncoder().encode(JSON.stringify(value))),
      fc
        .record({
          schemaVersion: fc.jsonValue(),
          entries: fc.array(fc.jsonValue(), { maxLength: 3 }),
        })
        .map((value) => new TextEncoder().encode(JSON.stringify(value))),
      // Valid vaults with one field replaced by arbitrary JSON.
      fc.tuple(vault, fc.string(), fc.jsonValue()).map(([data, key, value]) => {
        const [first, ...rest] = data.entries;
        const broken = first ? [{ ...first, [key]: value }, ...rest] : [value];
        return new TextEncoder().encode(JSON.stringify({ ...data, entries: broken }));
      }),
    );
    fc.assert(
      fc.property(input, (bytes) => {
        try {
          parseVault(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(VaultError);
        }
      }),
      { numRuns: runs },
    );
  });
});
