import {
  decodeMigrationUri,
  MigrationError,
  type MigrationBatch,
  type MigrationErrorCode,
} from '../../core/migration';
import { OtpauthError, parseOtpauthUri, type OtpauthErrorCode } from '../../core/otpauth';
import type { EntryDraft } from '../../core/vault';

/**
 * What a decoded QR code holds, for the capture prompt and the popup's import: one
 * account (`otpauth://`), a Google Authenticator export (`otpauth-migration://`), or neither.
 * The text itself is never echoed: it may be a secret in another format. Why a code cannot be
 * used is core's error code, which the UI says in its own language.
 */
export type QrContents =
  | { readonly kind: 'account'; readonly draft: EntryDraft }
  | { readonly kind: 'migration'; readonly batch: MigrationBatch }
  | { readonly kind: 'invalid'; readonly reason: 'not-authenticator' }
  | {
      readonly kind: 'invalid';
      /** An otpauth link or export that is broken or unsupported; `code` says how. */
      readonly reason: 'unusable';
      readonly code: OtpauthErrorCode | MigrationErrorCode;
    };

export function readQrContents(text: string): QrContents {
  const trimmed = text.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  try {
    if (scheme === 'otpauth') return { kind: 'account', draft: parseOtpauthUri(trimmed).account };
    if (scheme === 'otpauth-migration') {
      return { kind: 'migration', batch: decodeMigrationUri(trimmed) };
    }
  } catch (error) {
    if (error instanceof OtpauthError || error instanceof MigrationError) {
      return { kind: 'invalid', reason: 'unusable', code: error.code };
    }
    throw error;
  }
  return { kind: 'invalid', reason: 'not-authenticator' };
}
