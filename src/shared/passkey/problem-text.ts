import { t, type MessageKey } from '../i18n';
import { PasskeyError, type PasskeyProblem } from './webauthn';

const keys: Readonly<Record<PasskeyProblem, MessageKey>> = {
  unsupported: 'passkeyProblemUnsupported',
  'no-prf': 'passkeyProblemNoPrf',
  'authenticator-no-prf': 'passkeyProblemAuthenticatorNoPrf',
  cancelled: 'passkeyProblemCancelled',
  'already-registered': 'passkeyProblemAlreadyRegistered',
  failed: 'passkeyProblemFailed',
};

export function passkeyProblemText(problem: PasskeyProblem): string {
  return t(keys[problem]);
}

/** A WebAuthn problem in its own words; anything else is the caller's to describe. */
export function passkeyFailureText(failure: unknown, otherwise: (failure: unknown) => string) {
  return failure instanceof PasskeyError ? passkeyProblemText(failure.problem) : otherwise(failure);
}
