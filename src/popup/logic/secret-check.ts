import { decodeSecret } from '../../core/otp-secret';
import { OtpError } from '../../core/otp-error';
import type { MessageKey } from '../../shared/i18n';

/**
 * Live feedback on a typed secret, with core's own rules (forgiving base32, 10 to 128
 * bytes). Only feedback: the background checks again and is the authority.
 */
export function secretProblem(secret: string): MessageKey | null {
  try {
    decodeSecret(secret);
    return null;
  } catch (error) {
    if (!(error instanceof OtpError)) return 'popupSecretInvalid';
    switch (error.code) {
      case 'empty-secret':
        return 'popupSecretEmpty';
      case 'secret-too-short':
        return 'popupSecretTooShort';
      case 'secret-too-long':
        return 'popupSecretTooLong';
      default:
        return 'popupSecretInvalid';
    }
  }
}
