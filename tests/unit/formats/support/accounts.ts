import fc from 'fast-check';
import { encodeBase32 } from '../../../../src/core/base32';
import { hashAlgorithms, type OtpParameters } from '../../../../src/core/otp-types';

/** Base32 secrets of 80 to 512 bits. */
export const secretArbitrary = fc.uint8Array({ minLength: 10, maxLength: 64 }).map(encodeBase32);

/** Every kind of OTP parameters an importer may meet, small and huge HOTP counters alike. */
export const paramsArbitrary: fc.Arbitrary<OtpParameters> = fc.oneof(
  fc.record({
    type: fc.constant('totp' as const),
    secret: secretArbitrary,
    algorithm: fc.constantFrom(...hashAlgorithms),
    digits: fc.integer({ min: 6, max: 8 }),
    period: fc.integer({ min: 1, max: 3600 }),
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
