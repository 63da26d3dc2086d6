import { CoreError } from '../errors';
import { MAX_SECRET_BYTES, MIN_SECRET_BYTES } from '../otp-types';
import { MAX_NAME_LENGTH, MAX_URI_LENGTH } from './limits';

/**
 * Every way an otpauth URI can be refused, each with a message a user
 * can read. Messages never quote the secret, and quote no other value of the URI either: a QR
 * code's text is attacker-chosen and would otherwise end up in the UI verbatim.
 */
export type OtpauthErrorCode =
  | 'not-a-uri'
  | 'wrong-scheme'
  | 'migration-uri'
  | 'unknown-type'
  | 'unexpected-fragment'
  | 'bad-escape'
  | 'oversized'
  | 'empty-label'
  | 'duplicate-parameter'
  | 'missing-secret'
  | 'invalid-base32'
  | 'secret-too-short'
  | 'secret-too-long'
  | 'bad-algorithm'
  | 'bad-digits'
  | 'bad-period'
  | 'hotp-without-counter'
  | 'bad-counter'
  | 'bad-name'
  | 'bad-extra-parameter';

export class OtpauthError extends CoreError<OtpauthErrorCode> {
  override readonly name = 'OtpauthError';
}

/** The default message for each code; a few call sites give a more precise one. */
const messages: Record<OtpauthErrorCode, string> = {
  'not-a-uri': 'This QR code is not a two-factor setup code.',
  'wrong-scheme': 'This QR code is not a two-factor setup code (those start with otpauth://).',
  'migration-uri':
    'This QR code is a Google Authenticator export: import it as an export, not as one account.',
  'unknown-type':
    'This setup code is for a kind of one-time code that is not supported (only TOTP, HOTP and Steam Guard are).',
  'unexpected-fragment': "The setup code has unexpected text after a '#'.",
  'bad-escape': "The setup code contains a damaged '%' escape.",
  oversized: `The setup code is too long (at most ${MAX_URI_LENGTH} characters).`,
  'empty-label': 'The setup code does not name the account.',
  'duplicate-parameter': 'The setup code gives the same setting twice with different values.',
  'missing-secret': 'The setup code has no secret.',
  'invalid-base32': 'The secret is not valid base32.',
  'secret-too-short': `The secret is too short to be safe (at least ${MIN_SECRET_BYTES} bytes).`,
  'secret-too-long': `The secret is too long (at most ${MAX_SECRET_BYTES} bytes).`,
  'bad-algorithm': 'The setup code asks for a hash algorithm other than SHA1, SHA256 or SHA512.',
  'bad-digits': 'Codes must have 6, 7 or 8 digits.',
  'bad-period': 'The code period must be a whole number of seconds from 1 to 3600.',
  'hotp-without-counter': 'This counter-based (HOTP) setup code has no counter.',
  'bad-counter': 'The counter must be a whole number, 0 or more.',
  'bad-name': `Issuer and account names must be text of at most ${MAX_NAME_LENGTH} characters, without spaces at either end.`,
  'bad-extra-parameter':
    'An extra setting has an empty name or the name of a setting the setup code already has.',
};

export function otpauthError(code: OtpauthErrorCode, message = messages[code]): OtpauthError {
  return new OtpauthError(code, message);
}
