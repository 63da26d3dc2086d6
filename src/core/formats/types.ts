import { CoreError } from '../errors';
import type { OtpParameters } from '../otp-types';

/**
 * What every importer of another app's file returns (one file per format in this folder).
 * Secrets stay in `accounts`; `failed` names entries without quoting anything secret.
 */

export type ImportFormat =
  'aegis' | '2fas' | 'andotp' | 'bitwarden' | 'authenticator-extension' | 'otpauth-list';

/** The whole file is unusable: nothing can be imported from it as it is. */
export type FormatErrorCode =
  /** No importer recognises the file. */
  | 'unknown-format'
  /** The file is encrypted and no password was given. */
  | 'password-needed'
  | 'wrong-password'
  /** A version of the format this build does not read. */
  | 'unknown-version'
  /** Cut short: damaged JSON, or ciphertext shorter than its header says. */
  | 'truncated'
  /** Parses, but its structure is not what the format's documentation describes. */
  | 'malformed'
  /** A cipher or key derivation the format allows but we do not implement. */
  | 'unsupported-encryption'
  /** Over MAX_IMPORT_BYTES, or asks for a key derivation too costly to run. */
  | 'too-large'
  /** Read fine, but holds no accounts at all. */
  | 'no-accounts';

export class FormatError extends CoreError<FormatErrorCode> {
  override readonly name = 'FormatError';
}

/** One entry is unusable; the rest of the file still imports. */
export type EntryErrorCode =
  | 'bad-secret'
  | 'secret-too-short'
  | 'secret-too-long'
  | 'unsupported-type'
  | 'bad-algorithm'
  | 'bad-digits'
  | 'bad-period'
  | 'bad-counter'
  | 'bad-name'
  | 'malformed-entry';

export interface ImportedAccount {
  readonly issuer: string;
  readonly account: string;
  readonly params: OtpParameters;
  /** The app's note for the entry, '' when none. */
  readonly note: string;
}

export interface FailedEntry {
  /** How the user knows the entry: "Issuer (account)", or "entry 3" when it has no names. */
  readonly label: string;
  readonly code: EntryErrorCode;
}

export interface ParsedFile {
  readonly format: ImportFormat;
  readonly accounts: readonly ImportedAccount[];
  readonly failed: readonly FailedEntry[];
}

/** A file from disk: its text (files are read as UTF-8) and its name, for detection hints. */
export interface ImportFileInput {
  readonly name: string;
  readonly text: string;
  /**
   * The file's raw bytes (`text` is their UTF-8 decoding). Binary formats (an encrypted andOTP
   * `.json.aes`) need them: UTF-8 decoding replaces invalid sequences, so `text` loses bytes.
   * Callers pass them for every file; text formats ignore them.
   */
  readonly bytes?: Uint8Array;
  /** null when the user gave none. */
  readonly password: string | null;
}

export interface FileImporter {
  readonly format: ImportFormat;
  /** Cheap and total (never throws): does this look like one of this format's files? */
  detect(input: ImportFileInput): boolean;
  /** Throws FormatError for the whole file; entry problems go to `failed`. */
  read(input: ImportFileInput): Promise<ParsedFile>;
}

/** 8 MiB: far above a 10,000-account export, small enough to parse in the worker. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
