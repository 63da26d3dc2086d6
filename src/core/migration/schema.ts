/**
 * Field numbers and enum values of Google Authenticator's MigrationPayload, as published in
 * the protobuf schemas that Aegis and extract_otp_secrets ship:
 *
 *   message MigrationPayload {
 *     repeated OtpParameters otp_parameters = 1; int32 version = 2; int32 batch_size = 3;
 *     int32 batch_index = 4; int32 batch_id = 5;
 *   }
 *   message OtpParameters {
 *     bytes secret = 1; string name = 2; string issuer = 3; Algorithm algorithm = 4;
 *     DigitCount digits = 5; OtpType type = 6; int64 counter = 7;
 *   }
 */

export const PayloadField = {
  otpParameters: 1,
  version: 2,
  batchSize: 3,
  batchIndex: 4,
  batchId: 5,
} as const;

export const OtpField = {
  secret: 1,
  name: 2,
  issuer: 3,
  algorithm: 4,
  digits: 5,
  type: 6,
  counter: 7,
} as const;

/** Algorithm enum; 0 (unspecified) means SHA1 and MD5 is not something we compute. */
export const AlgorithmValue = { unspecified: 0, SHA1: 1, SHA256: 2, SHA512: 3, MD5: 4 } as const;

/** DigitCount enum; 0 (unspecified) means six. */
export const DigitCountValue = { unspecified: 0, six: 1, eight: 2 } as const;

/** OtpType enum; 0 (unspecified) means TOTP. */
export const OtpTypeValue = { unspecified: 0, hotp: 1, totp: 2 } as const;

/** What Google Authenticator writes in `version` today. */
export const PAYLOAD_VERSION = 1;
