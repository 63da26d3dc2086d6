/**
 * otpauth:// URIs, the Key URI Format every 2FA QR code carries.
 * The implementation lives in ./otpauth/, one job per file; this is the module others import.
 */
export { buildOtpauthUri } from './otpauth/build';
export { OtpauthError, type OtpauthErrorCode } from './otpauth/errors';
export { MAX_NAME_LENGTH, MAX_URI_LENGTH } from './otpauth/limits';
export { parseOtpauthUri } from './otpauth/parse';
export type {
  ExtraParameter,
  OtpauthWarning,
  OtpauthWarningCode,
  ParsedOtpauth,
} from './otpauth/types';
