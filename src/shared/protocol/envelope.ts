import type { VaultCryptoErrorCode } from '../../core/crypto/errors';
import type { FormatErrorCode } from '../../core/formats/types';
import type { MigrationErrorCode } from '../../core/migration/errors';
import type { OtpauthErrorCode } from '../../core/otpauth/errors';
import type { VaultErrorCode } from '../../core/vault/errors';
import type { ContentRequests } from './content';
import type { PageRequests } from './page';

export type RequestMap = ContentRequests | PageRequests;

export interface Envelope<Type extends string = string> {
  readonly type: Type;
  readonly payload: unknown;
}

export type ErrorCode =
  | 'forbidden'
  | 'unknown-type'
  | 'bad-request'
  | 'internal'
  /** The vault must be unlocked (or created) first. */
  | 'locked'
  | 'no-vault'
  | 'vault-exists'
  | 'wrong-passphrase'
  /**
   * Too many wrong passphrases in a row: refused before the passphrase was looked at, until
   * `nextAttemptAt` (core/unlock-throttle.ts).
   */
  | 'throttled'
  /**
   * The passphrase given is the one this browser's vault had, but it was changed in another
   * browser that syncs with this one: the new one opens the vault now.
   */
  | 'passphrase-changed'
  | 'weak-passphrase'
  /** Bad user input (a URI, a secret, a field): `reason` says what, when it is known. */
  | 'invalid-input'
  | 'duplicate'
  | 'not-found'
  /** Storage failed (quota, corrupt data): `reason` says what, when it is known; nothing was lost. */
  | 'storage'
  /** A backup or import file that cannot be read: `reason` (a FormatErrorCode) says why. */
  | 'bad-file'
  /** A passkey did not open the vault, or could not be added: `reason` says why. */
  | 'passkey';

/** Why, more precisely than the ErrorCode: core's typed error codes and the worker's own. */
export type ErrorReason =
  | OtpauthErrorCode
  | MigrationErrorCode
  | VaultErrorCode
  | VaultCryptoErrorCode
  | FormatErrorCode
  /** storage.local refused the write because it is full. */
  | 'storage-full'
  /** The stored vault (both generations) cannot be read. */
  | 'storage-damaged'
  /** An image file or pasted image that is not a readable picture. */
  | 'unreadable-image'
  /** "Unlock with a passkey" was started too long ago, or before the worker restarted. */
  | 'passkey-expired';

/**
 * A refusal. `message` is English, for logs and developers: never shown to the user. What the
 * UI says comes from its locale files, chosen by `code` and, where one is given, `reason`.
 */
export interface ReplyError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly reason?: ErrorReason;
  /**
   * When a passphrase may be checked again (ms since the epoch): on 'throttled', and on the
   * 'wrong-passphrase' that starts a wait.
   */
  readonly nextAttemptAt?: number;
}

export type Reply<Value> =
  { readonly ok: true; readonly value: Value } | { readonly ok: false; readonly error: ReplyError };

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    typeof value.type === 'string' &&
    'payload' in value
  );
}

export function isReply(value: unknown): value is Reply<unknown> {
  return (
    typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean'
  );
}
