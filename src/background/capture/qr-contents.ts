import { decodeMigrationUri, MigrationError, type MigrationBatch } from '../../core/migration';
import { OtpauthError, parseOtpauthUri } from '../../core/otpauth';
import type { EntryDraft } from '../../core/vault';

/**
 * What a decoded QR code holds, for the capture prompt and the popup's import (issue 5): one
 * account (`otpauth://`), a Google Authenticator export (`otpauth-migration://`), or neither.
 * The text itself is never echoed in a message: it may be a secret in another format.
 */
export type QrContents =
  | { readonly kind: 'account'; readonly draft: EntryDraft }
  | { readonly kind: 'migration'; readonly batch: MigrationBatch }
  | {
      readonly kind: 'invalid';
      /** `unusable`: an otpauth link that is broken or unsupported; the message says how. */
      readonly reason: 'not-authenticator' | 'unusable';
      readonly message: string;
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
      return {
        kind: 'invalid',
        reason: 'unusable',
        message: `This QR code cannot be used: ${error.message}`,
      };
    }
    throw error;
  }
  return {
    kind: 'invalid',
    reason: 'not-authenticator',
    message:
      'This QR code does not hold an authenticator account (an otpauth:// link), so nothing was saved.',
  };
}
