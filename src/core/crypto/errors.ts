import { CoreError } from '../errors';

/**
 * Every failure of the vault envelope (DESIGN 4.7): a stable code and a
 * message a user can read. Messages never quote a passphrase, key or payload; `detail` names
 * the damaged field of a corrupt envelope, which is structure, never content.
 */
export type VaultCryptoErrorCode =
  /** The passphrase slot did not open. A tampered slot looks exactly the same (see slots.ts). */
  | 'wrong-passphrase'
  /** A raw key (or a vault key handed back in) does not open this vault. */
  | 'wrong-key'
  /** A key opened the vault, but the header or the payload failed authentication. */
  | 'tampered'
  /** The stored data does not have the shape of a version-1 envelope. */
  | 'corrupt-envelope'
  /** Written by a newer version of the extension; never rewrite it. */
  | 'unsupported-version'
  /** A caller asked to create a slot below the OWASP floor (kdf-params.ts). */
  | 'weak-kdf-parameters'
  /** Stored or requested parameters outside what we are willing to run (DoS guard). */
  | 'kdf-parameters-out-of-range'
  | 'empty-passphrase'
  /** Removing this slot would leave the vault unopenable. */
  | 'last-slot'
  | 'slot-not-found'
  | 'too-many-slots'
  /** A passkey's name is empty, too long, or has control characters. */
  | 'invalid-name'
  /** WebCrypto or the Argon2id WASM module failed for a reason other than a wrong key. */
  | 'crypto-unavailable';

const messages: Record<VaultCryptoErrorCode, string> = {
  'wrong-passphrase': 'The passphrase is not correct.',
  'wrong-key': 'This key does not open the vault.',
  tampered: 'The vault data is damaged and cannot be opened.',
  'corrupt-envelope': 'The vault data is damaged and cannot be opened.',
  'unsupported-version':
    'This vault was saved by a newer version of the extension. Update the extension to open it.',
  'weak-kdf-parameters': 'The passphrase protection settings are weaker than the allowed minimum.',
  'kdf-parameters-out-of-range':
    'The passphrase protection settings are outside the range this extension accepts.',
  'empty-passphrase': 'The passphrase is empty.',
  'last-slot': 'This is the only way left to open the vault, so it cannot be removed.',
  'slot-not-found': 'The vault has no such way to open it.',
  'too-many-slots': 'The vault cannot hold more ways to open it.',
  'invalid-name': 'A passkey name has 1 to 64 characters.',
  'crypto-unavailable':
    'The encryption functions of this browser failed. Nothing was changed; try again.',
};

export class VaultCryptoError extends CoreError<VaultCryptoErrorCode> {
  override readonly name = 'VaultCryptoError';
  constructor(
    code: VaultCryptoErrorCode,
    /** For developers: which part of the envelope was wrong (never secret material). */
    readonly detail?: string,
  ) {
    super(
      code,
      detail === undefined ? messages[code] : `${messages[code].replace(/\.$/, '')} (${detail}).`,
    );
  }
}

/**
 * Every public operation runs inside this: our errors pass through, anything else (a platform
 * failure we did not foresee) becomes 'crypto-unavailable' (never untyped).
 */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof VaultCryptoError) throw error;
    throw new VaultCryptoError('crypto-unavailable');
  }
}
