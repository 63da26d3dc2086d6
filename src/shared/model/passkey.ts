import type { PasskeySlotInfo } from '../../core/crypto';

export interface PasskeyList {
  readonly passkeys: readonly PasskeySlotInfo[];
}

/** What a page needs to register a passkey for the vault (all bytes base64). */
export interface PasskeyRegistration {
  /** Proves the passphrase was given; one use, 5 minutes. */
  readonly grant: string;
  /** The PRF input of the slot to come. */
  readonly prfSalt: string;
  /** A random WebAuthn user handle: nothing that names the user. */
  readonly userId: string;
  /** Credentials that already open the vault: the authenticator must not register twice. */
  readonly exclude: readonly string[];
}
