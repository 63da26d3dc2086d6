import { checkOtpParameters, normalizeSecret } from '../otp';
import type { OtpAccount } from '../otp-types';
import { otpauthError } from './errors';
import { buildLabel, checkName, hasLoneSurrogate } from './label';
import { MAX_URI_LENGTH } from './limits';
import { isKnownParameterName } from './parameters';
import { encodeParameter } from './query';
import type { ExtraParameter } from './types';
import { fromOtpError } from './values';

/**
 * An account as an otpauth URI that parseOtpauthUri reads back to the same account:
 * every name is percent-encoded, the issuer is written both as label prefix and as parameter
 * (as Google's Key URI Format recommends), and every setting is written out, defaults
 * included, so no reader has to guess. Steam accounts use `otpauth://steam/` (see
 * read-parameters.ts). `extraParameters` (from a parse) follow, in order.
 */
export function buildOtpauthUri(
  account: OtpAccount,
  extraParameters: readonly ExtraParameter[] = [],
): string {
  const { issuer, params } = account;
  try {
    checkOtpParameters(params);
  } catch (error) {
    throw fromOtpError(error);
  }
  checkName(issuer, 'issuer');
  checkName(account.account, 'account');
  const query = [encodeParameter('secret', normalizeSecret(params.secret))];
  if (issuer !== '') query.push(encodeParameter('issuer', issuer));
  if (params.type !== 'steam') {
    query.push(`algorithm=${params.algorithm}`, `digits=${params.digits}`);
    query.push(params.type === 'totp' ? `period=${params.period}` : `counter=${params.counter}`);
  }
  for (const { name, value } of extraParameters) {
    if (name === '' || isKnownParameterName(name.toLowerCase())) {
      throw otpauthError('bad-extra-parameter');
    }
    if (hasLoneSurrogate(name) || hasLoneSurrogate(value)) {
      throw otpauthError('bad-extra-parameter', 'An extra setting is not valid text.');
    }
    query.push(encodeParameter(name, value));
  }
  const uri = `otpauth://${params.type}/${buildLabel(issuer, account.account)}?${query.join('&')}`;
  if (uri.length > MAX_URI_LENGTH) throw otpauthError('oversized');
  return uri;
}
