import { CoreError } from './errors';

/** Why a code could not be computed, or a secret or setting was refused (otp.ts). */
export type OtpErrorCode =
  | 'empty-secret'
  | 'invalid-secret'
  | 'secret-too-short'
  | 'secret-too-long'
  | 'bad-type'
  | 'bad-algorithm'
  | 'bad-digits'
  | 'bad-period'
  | 'bad-counter'
  | 'bad-time'
  | 'generation-failed';

export class OtpError extends CoreError<OtpErrorCode> {
  override readonly name = 'OtpError';
}
