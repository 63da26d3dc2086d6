/**
 * The shape of a one-time-password account, shared by otp.ts, otpauth.ts, migration.ts and
 * vault.ts. Secrets are normalised base32 (see base32.ts): upper case, no padding.
 */

export type HashAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';
export const hashAlgorithms: readonly HashAlgorithm[] = ['SHA1', 'SHA256', 'SHA512'];

export interface TotpParameters {
  readonly type: 'totp';
  readonly secret: string;
  readonly algorithm: HashAlgorithm;
  /** 6 to 8. */
  readonly digits: number;
  /** Seconds, 1 to 3600. */
  readonly period: number;
}

export interface HotpParameters {
  readonly type: 'hotp';
  readonly secret: string;
  readonly algorithm: HashAlgorithm;
  readonly digits: number;
  /** The counter of the next code; a non-negative safe integer. */
  readonly counter: number;
}

/** Steam Guard codes last 30 s. Here, not in steam.ts, so parsers need not load otplib. */
export const STEAM_PERIOD = 30;

/** Steam Guard: TOTP with SHA1, a 30 s period and 5 characters from Steam's own alphabet. */
export interface SteamParameters {
  readonly type: 'steam';
  readonly secret: string;
}

export type OtpParameters = TotpParameters | HotpParameters | SteamParameters;
export type OtpType = OtpParameters['type'];

/** What a QR code, URI or export tells about an account, before it is stored. */
export interface OtpAccount {
  readonly issuer: string;
  readonly account: string;
  readonly params: OtpParameters;
}

/** Real sites issue 10-byte secrets (16 base32 characters); RFC 4226 asks for 16+. */
export const MIN_SECRET_BYTES = 10;
export const MAX_SECRET_BYTES = 128;
