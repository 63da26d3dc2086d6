import { OtpauthError, parseOtpauthUri } from '../../core/otpauth';
import type { OtpParameters } from '../../core/otp-types';
import { LIMITS, type EntryDraft } from '../../core/vault';
import type { AccountInput } from '../../shared/model/vault';
import { integer, oneOf, record, text } from '../parse-payload';
import { RequestError } from '../router';

/** Validates an "Add account" request and turns it into a vault entry draft. */
export function parseAccountInput(payload: unknown): AccountInput {
  const source = record(payload);
  if (source.kind === 'uri') return { kind: 'uri', uri: text(source, 'uri', 8192) };
  return {
    kind: 'fields',
    secret: text(source, 'secret', 1024),
    issuer: text(source, 'issuer', LIMITS.issuer),
    account: text(source, 'account', LIMITS.account),
    type: oneOf(source, 'type', ['totp', 'hotp', 'steam'] as const),
    algorithm: oneOf(source, 'algorithm', ['SHA1', 'SHA256', 'SHA512'] as const),
    digits: integer(source, 'digits', 0, 100),
    period: integer(source, 'period', 0, 100_000),
    counter: integer(source, 'counter', 0, Number.MAX_SAFE_INTEGER),
  };
}

export function draftFromInput(input: AccountInput): EntryDraft {
  if (input.kind === 'uri') {
    try {
      const { account } = parseOtpauthUri(input.uri.trim());
      return account;
    } catch (error) {
      if (error instanceof OtpauthError) {
        throw new RequestError('invalid-input', error.message, error.code);
      }
      throw error;
    }
  }
  const { secret, algorithm, digits } = input;
  const params: OtpParameters =
    input.type === 'steam'
      ? { type: 'steam', secret }
      : input.type === 'hotp'
        ? { type: 'hotp', secret, algorithm, digits, counter: input.counter }
        : { type: 'totp', secret, algorithm, digits, period: input.period };
  return { issuer: input.issuer.trim(), account: input.account.trim(), params };
}
