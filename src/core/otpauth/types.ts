import type { OtpAccount } from '../otp-types';

/** A parameter the Key URI Format does not define (`image`, `color`...), kept in URI order. */
export interface ExtraParameter {
  readonly name: string;
  readonly value: string;
}

/** Something odd about a URI that still gave a usable account; the UI may show these. */
export type OtpauthWarning =
  | {
      /** The label's `Issuer:` prefix and the `issuer` parameter differ (the parameter won). */
      readonly code: 'issuer-mismatch';
      readonly message: string;
      readonly labelIssuer: string;
      readonly parameterIssuer: string;
    }
  | {
      /** A setting was given twice with the same value; the repeat was ignored. */
      readonly code: 'duplicate-parameter';
      readonly message: string;
      readonly parameter: string;
    }
  | {
      /** A known setting that means nothing for this type (`period` on HOTP...) was ignored. */
      readonly code: 'ignored-parameter';
      readonly message: string;
      readonly parameter: string;
    }
  | {
      /**
       * A plain TOTP URI whose issuer is Steam (Steam Desktop Authenticator writes these):
       * Steam Guard expects 5-character Steam codes, so the user probably wants type 'steam'.
       */
      readonly code: 'possibly-steam';
      readonly message: string;
    };

export type OtpauthWarningCode = OtpauthWarning['code'];

export interface ParsedOtpauth {
  /** Issuer and account trimmed, secret in canonical base32 (see otp.ts normalizeSecret). */
  readonly account: OtpAccount;
  readonly extraParameters: readonly ExtraParameter[];
  readonly warnings: readonly OtpauthWarning[];
}
