import type { PasskeySlotInfo } from '../../core/crypto';
import { decodeBase64, encodeBase64 } from '../../core/crypto/encoding';
import type { PasskeyRegistration } from '../model/passkey';

/**
 * The WebAuthn side of passkey unlock, run in an extension page (the worker has no
 * `navigator.credentials`). The relying party is the extension's own origin (no `rp.id`: the
 * default). What opens the vault is the PRF output for the slot's salt; the signature is
 * not checked by anyone, so the challenge is only random bytes the API requires.
 */

export type PasskeyProblem =
  /** No WebAuthn here (or not on extension pages). */
  | 'unsupported'
  /** WebAuthn, but the browser says it cannot evaluate the PRF extension. */
  | 'no-prf'
  /** The chosen passkey or security key has no PRF (hmac-secret). */
  | 'authenticator-no-prf'
  /** The user closed the dialog, or it timed out. */
  | 'cancelled'
  /** This authenticator already opens the vault. */
  | 'already-registered'
  | 'failed';

export class PasskeyError extends Error {
  override readonly name = 'PasskeyError';
  constructor(readonly problem: PasskeyProblem) {
    super(problem);
  }
}

/** The secret a passkey gave, ready for the worker (base64). */
export interface PasskeyOutput {
  readonly credentialId: string;
  readonly prfOutput: string;
}

const TIMEOUT_MS = 120_000;

function bytes(base64: string): Uint8Array<ArrayBuffer> {
  return decodeBase64(base64) ?? new Uint8Array(0);
}

/** base64url without padding: how WebAuthn's `evalByCredential` names credentials. */
function base64url(data: Uint8Array): string {
  return encodeBase64(data).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Null when this browser can offer passkey unlock here, else why not. Asked of the browser,
 * not guessed from its name: Chromium answers `extension:prf`; a browser without
 * `getClientCapabilities` is given the benefit of the doubt until its authenticator answers.
 */
export async function passkeyProblem(): Promise<PasskeyProblem | null> {
  if (typeof PublicKeyCredential === 'undefined' || !('credentials' in navigator)) {
    return 'unsupported';
  }
  const capabilities =
    'getClientCapabilities' in PublicKeyCredential
      ? await PublicKeyCredential.getClientCapabilities().catch(() => null)
      : null;
  return capabilities?.['extension:prf'] === false ? 'no-prf' : null;
}

function problemOf(error: unknown): PasskeyError {
  if (error instanceof PasskeyError) return error;
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'AbortError') return new PasskeyError('cancelled');
  if (name === 'InvalidStateError') return new PasskeyError('already-registered');
  if (name === 'SecurityError' || name === 'NotSupportedError') {
    return new PasskeyError('unsupported');
  }
  return new PasskeyError('failed');
}

function prfFirst(credential: PublicKeyCredential): Uint8Array | null {
  const first = credential.getClientExtensionResults().prf?.results?.first;
  if (!first) return null;
  if (first instanceof ArrayBuffer) return new Uint8Array(first);
  return new Uint8Array(first.buffer, first.byteOffset, first.byteLength);
}

function isPublicKeyCredential(value: Credential | null): value is PublicKeyCredential {
  return value instanceof PublicKeyCredential;
}

/** Asks one of `passkeys` for its PRF output (one dialog); the authenticator verifies the user. */
export async function assertPasskey(
  passkeys: readonly Pick<PasskeySlotInfo, 'credentialId' | 'prfSalt'>[],
): Promise<PasskeyOutput> {
  try {
    const evalByCredential = Object.fromEntries(
      passkeys.map(({ credentialId, prfSalt }) => [
        base64url(bytes(credentialId)),
        { first: bytes(prfSalt) },
      ]),
    );
    const credential = await navigator.credentials.get({
      publicKey: {
        challenge: crypto.getRandomValues(new Uint8Array(32)),
        allowCredentials: passkeys.map(({ credentialId }) => ({
          type: 'public-key',
          id: bytes(credentialId),
        })),
        userVerification: 'required',
        timeout: TIMEOUT_MS,
        extensions: { prf: { evalByCredential } },
      },
    });
    if (!isPublicKeyCredential(credential)) throw new PasskeyError('failed');
    const output = prfFirst(credential);
    if (!output) throw new PasskeyError('authenticator-no-prf');
    return {
      credentialId: encodeBase64(new Uint8Array(credential.rawId)),
      prfOutput: encodeBase64(output),
    };
  } catch (error) {
    throw problemOf(error);
  }
}

/**
 * Registers a new credential with PRF and returns its output for the grant's salt. Some
 * authenticators give it at creation; the others need one assertion right after.
 */
export async function registerPasskey(
  registration: PasskeyRegistration,
  { name, displayName }: { readonly name: string; readonly displayName: string },
): Promise<PasskeyOutput> {
  const prfSalt = bytes(registration.prfSalt);
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.create({
      publicKey: {
        rp: { name: displayName },
        user: { id: bytes(registration.userId), name, displayName: name },
        challenge: crypto.getRandomValues(new Uint8Array(32)),
        // ES256, then EdDSA and RS256 for the authenticators that only have those.
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -8 },
          { type: 'public-key', alg: -257 },
        ],
        excludeCredentials: registration.exclude.map((id) => ({
          type: 'public-key',
          id: bytes(id),
        })),
        authenticatorSelection: { userVerification: 'required', residentKey: 'discouraged' },
        timeout: TIMEOUT_MS,
        extensions: { prf: { eval: { first: prfSalt } } },
      },
    });
  } catch (error) {
    throw problemOf(error);
  }
  if (!isPublicKeyCredential(credential)) throw new PasskeyError('failed');
  const credentialId = encodeBase64(new Uint8Array(credential.rawId));
  const prf = credential.getClientExtensionResults().prf;
  if (!prf?.enabled) throw new PasskeyError('authenticator-no-prf');
  const output = prfFirst(credential);
  if (output) return { credentialId, prfOutput: encodeBase64(output) };
  return assertPasskey([{ credentialId, prfSalt: registration.prfSalt }]);
}
